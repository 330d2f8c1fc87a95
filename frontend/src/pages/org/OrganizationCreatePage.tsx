import { useNavigate } from 'react-router-dom';
import { App as AntApp, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { CreateOrganizationInput } from '../../gql/graphql';
import { OPTIONAL_TEXT, OrganizationForm, registeredOnValue, type OrganizationFormValues } from './OrganizationForm';

const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      ...OrganizationFields
    }
  }
`);

export function createInput(v: OrganizationFormValues): CreateOrganizationInput {
  if (!v.kind || !v.stage) throw new Error('kind and stage are required');
  const input: CreateOrganizationInput = {
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
  for (const k of OPTIONAL_TEXT) {
    const s = v[k]?.trim();
    if (s) input[k] = s;
  }
  return input;
}

export default function OrganizationCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [{ fetching }, create] = useMutation(CreateOrganizationDocument);

  return (
    <div className="page page--narrow">
      <Typography.Title level={1} className="page-title">
        {t('org.createTitle')}
      </Typography.Title>
      <OrganizationForm
        submitting={fetching}
        submitLabel={t('common.save')}
        onCancel={() => navigate(-1)}
        onSubmit={async (values) => {
          const res = await create({ input: createInput(values) }, { additionalTypenames: ['Organization', 'OrganizationConnection'] });
          if (res.error || !res.data) return res.error;
          message.success(t('org.created'));
          navigate(`/organizations/${res.data.createOrganization.id}`);
          return undefined;
        }}
      />
    </div>
  );
}
