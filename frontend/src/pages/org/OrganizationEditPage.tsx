import { useParams, useNavigate } from 'react-router-dom';
import { Alert, App as AntApp, Button, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { OrganizationFieldsFragment, UpdateOrganizationInput } from '../../gql/graphql';
import { ErrorState, Loading } from '../../components/States';
import { firstApiError } from '../../lib/errors';
import { OPTIONAL_TEXT, OrganizationForm, registeredOnValue, type OrganizationFormValues } from './OrganizationForm';
import { useState } from 'react';
import { useMe } from '../../auth/AuthProvider';

export const OrganizationDocument = graphql(`
  query Organization($id: ID!, $withMembers: Boolean! = false) {
    node(id: $id) {
      __typename
      ... on Organization {
        ...OrganizationFields
        # Null for a viewer who may not read party-building coverage.
        partyStatus {
          uncovered
        }
        memberships @include(if: $withMembers) {
          id
          title
          user {
            id
            username
            displayName
          }
        }
      }
    }
  }
`);

const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($id: ID!, $input: UpdateOrganizationInput!) {
    updateOrganization(id: $id, input: $input) {
      ...OrganizationFields
    }
  }
`);

/** The update input: every field, clearX for emptied optional ones, and the version read. */
export function updateInput(v: OrganizationFormValues, initial: OrganizationFieldsFragment): UpdateOrganizationInput {
  const input: UpdateOrganizationInput = {
    version: initial.version,
    name: v.name.trim(),
    uscc: v.uscc,
    kind: v.kind,
    stage: v.stage,
    serviceFields: v.serviceFields,
    charityStatus: v.charityStatus,
    status: v.status,
  };
  const reg = registeredOnValue(v.registeredOn);
  if (reg) input.registeredOn = reg;
  else if (initial.registeredOn) input.clearRegisteredOn = true;
  const clearKey = {
    legalRepresentative: 'clearLegalRepresentative',
    contactPerson: 'clearContactPerson',
    contactPhone: 'clearContactPhone',
    address: 'clearAddress',
    town: 'clearTown',
  } as const;
  for (const k of OPTIONAL_TEXT) {
    const s = v[k]?.trim();
    if (s) input[k] = s;
    else if (initial[k]) input[clearKey[k]] = true;
  }
  return input;
}

export default function OrganizationEditPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { caps } = useMe();
  const { message } = AntApp.useApp();
  const [result, reexecute] = useQuery({ query: OrganizationDocument, variables: { id }, requestPolicy: 'network-only' });
  const [{ fetching }, update] = useMutation(UpdateOrganizationDocument);
  const [conflict, setConflict] = useState(false);
  // Remounting the form with a new key loads fresh values after a reload.
  const [formKey, setFormKey] = useState(0);

  if (result.fetching && !result.data) return <Loading />;
  if (result.error && !result.data) {
    return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  }
  const org = result.data?.node?.__typename === 'Organization' ? result.data.node : null;
  if (!org) {
    return <ErrorState error={{ code: 'NOT_FOUND', message: '', extensions: {} }} title={t('org.notFound')} />;
  }

  const reload = () => {
    reexecute({ requestPolicy: 'network-only' });
    setConflict(false);
    setFormKey((k) => k + 1);
  };

  return (
    <div className="page page--narrow">
      <Typography.Title level={1} className="page-title">
        {t('org.editTitle')}: {org.name}
      </Typography.Title>
      <OrganizationForm
        key={`${org.id}:${org.version}:${formKey}`}
        initial={org}
        submitting={fetching}
        submitLabel={t('common.save')}
        registryLocked={!caps.has('org.edit')}
        onCancel={() => navigate(`/organizations/${org.id}`)}
        notice={
          conflict ? (
            <Alert
              type="warning"
              showIcon
              role="alert"
              className="form-alert"
              data-testid="org-conflict"
              message={t('org.conflictTitle')}
              description={t('org.conflict')}
              action={
                <Button size="small" onClick={reload}>
                  {t('org.reload')}
                </Button>
              }
            />
          ) : null
        }
        onSubmit={async (values) => {
          const res = await update({ id: org.id, input: updateInput(values, org) });
          if (res.error || !res.data) {
            const first = res.error ? firstApiError(res.error) : null;
            // A stale version (field "version" or none) means someone else saved first.
            if (first?.code === 'CONFLICT' && (!first.field || first.field === 'version')) {
              setConflict(true);
              return undefined;
            }
            return res.error;
          }
          message.success(t('org.updated'));
          navigate(`/organizations/${org.id}`);
          return undefined;
        }}
      />
    </div>
  );
}
