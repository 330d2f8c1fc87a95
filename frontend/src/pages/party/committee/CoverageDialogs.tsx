import { useState } from 'react';
import { Alert, App, Form, Input, Modal, Select, Typography } from 'antd';
import { useMutation, useQuery } from 'urql';
import { ErrorState, Loading } from '../../../components/States';
import type { PartyCoverageForm, PartyOrganizationsQuery } from '../../../gql/graphql';
import { chinaToday, dayOrUndefined } from '../shared/dates';
import { useFieldErrors } from '../shared/errors';
import { SETTABLE_FORMS } from '../shared/model';
import { PartyOrgKindTag } from '../shared/tags';
import { usePT } from '../shared/texts';
import { EndAssignmentDocument, HandOverDocument, OfficersDocument, PartyOrganizationsDocument, SetCoverageDocument } from './api';
import { OfficerPicker } from './OfficerPicker';

type PartyOrg = NonNullable<NonNullable<NonNullable<PartyOrganizationsQuery['partyOrganizations']['edges']>[number]>['node']>;

const REFRESH = { additionalTypenames: ['OfficerAssignment', 'GuidanceOfficer', 'PartyCoverage', 'CoverageRowConnection'] };

/**
 * The branches a form may name for organisation orgID: BUILD its own
 * standalone branch, JOIN a joint branch, ATTACH another organisation's
 * branch (the server's rule, internal/party/coverage.go); none dissolved.
 */
export function branchesFor(form: PartyCoverageForm, orgID: string, all: readonly PartyOrg[]): PartyOrg[] {
  const live = all.filter((p) => !p.dissolvedOn);
  switch (form) {
    case 'BUILD':
      return live.filter((p) => p.kind === 'STANDALONE' && p.organizationID === orgID);
    case 'JOIN':
      return live.filter((p) => p.kind === 'JOINT');
    case 'ATTACH':
      return live.filter((p) => p.kind !== 'COMMITTEE' && p.organizationID !== orgID);
    default:
      return [];
  }
}

interface SetValues {
  form: PartyCoverageForm;
  partyOrganizationID?: string;
  startOn: string;
  reason: string;
}

/** Changes how an organisation is covered: form, branch (filtered by the form), date and reason. */
export function SetCoverageDialog({
  organization,
  current,
  officerName,
  onClose,
  onDone,
}: {
  organization: { id: string; name: string };
  current: PartyCoverageForm;
  /** The live officer, whose assignment the change ends. */
  officerName?: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SetValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [orgs] = useQuery({ query: PartyOrganizationsDocument });
  const [{ fetching }, setCoverage] = useMutation(SetCoverageDocument);
  const chosen = Form.useWatch('form', form) ?? (current === 'DISPATCH' ? 'UNCOVERED' : current);
  const all = (orgs.data?.partyOrganizations.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const branches = branchesFor(chosen, organization.id, all);
  const today = chinaToday();

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await setCoverage(
      {
        organizationID: organization.id,
        form: v.form,
        partyOrganizationID: v.form === 'UNCOVERED' ? undefined : v.partyOrganizationID,
        startOn: dayOrUndefined(v.startOn),
        reason: v.reason.trim(),
      },
      REFRESH,
    );
    if (r.error) {
      setFormError(place(r.error, form, ['form', 'partyOrganizationID', 'startOn', 'reason']));
      return;
    }
    message.success(pt('detail.setDone'));
    onDone();
  };

  return (
    <Modal open width={600} title={pt('detail.setTitle', { org: organization.name })} onOk={() => void submit()} confirmLoading={fetching} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{pt('detail.setHint')}</Typography.Paragraph>
      {officerName && chosen !== current ? <Alert type="warning" showIcon message={pt('detail.setEndsAssignment', { officer: officerName })} style={{ marginBottom: 16 }} /> : null}
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} data-testid="set-coverage-error" /> : null}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ form: current === 'DISPATCH' ? 'UNCOVERED' : current, startOn: today }}
        onValuesChange={(changed: Partial<SetValues>) => {
          if ('form' in changed) form.setFieldsValue({ partyOrganizationID: undefined });
        }}
      >
        <Form.Item name="form" label={pt('field.form')} rules={[{ required: true }]}>
          <Select
            options={SETTABLE_FORMS.map((f) => ({ value: f, label: `${pt(`form.${f}`)} — ${pt(`formHint.${f}`)}` }))}
            data-testid="set-coverage-form"
          />
        </Form.Item>
        {chosen !== 'UNCOVERED' && chosen !== 'DISPATCH' ? (
          <Form.Item
            name="partyOrganizationID"
            label={pt(`detail.branchFor.${chosen}`)}
            rules={[{ required: true, message: pt('detail.noBranch') }]}
            extra={orgs.data && branches.length === 0 ? <Typography.Text type="warning">{pt('detail.noBranch')}</Typography.Text> : undefined}
          >
            {orgs.error && !orgs.data ? (
              <ErrorState error={orgs.error} />
            ) : (
              <Select
                showSearch
                optionFilterProp="title"
                loading={orgs.fetching}
                options={branches.map((b) => ({
                  value: b.id,
                  title: b.name,
                  label: (
                    <span>
                      <PartyOrgKindTag kind={b.kind} /> {b.name}
                    </span>
                  ),
                }))}
                data-testid="set-coverage-branch"
              />
            )}
          </Form.Item>
        ) : null}
        <Form.Item name="startOn" label={pt('field.startOn')} rules={[{ required: true }]}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label={pt('field.reason')} rules={[{ required: true, whitespace: true, message: pt('detail.reasonPlaceholder') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={pt('detail.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface HandOverValues {
  toOfficerID?: string;
  on: string;
  reason: string;
}

/** Hands a live assignment over to another officer (their load shown) from a date. */
export function HandOverDialog({
  organization,
  assignment,
  onClose,
  onDone,
}: {
  organization: { id: string; name: string };
  assignment: { id: string; officer: { id: string; name: string } };
  onClose: () => void;
  onDone: () => void;
}) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<HandOverValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [officers, reexecute] = useQuery({ query: OfficersDocument, variables: { activeOnly: true }, requestPolicy: 'network-only' });
  const [{ fetching }, handOver] = useMutation(HandOverDocument);
  const list = (officers.data?.guidanceOfficers.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const today = chinaToday();

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await handOver({ assignmentID: assignment.id, toOfficerID: v.toOfficerID ?? '', on: dayOrUndefined(v.on), reason: v.reason.trim() }, REFRESH);
    if (r.error) {
      // The server names the new officer "toOfficerID" or "officerID" (OFFICER_FULL).
      const fieldsError = place(r.error, form, ['toOfficerID', 'on', 'reason']);
      const full = r.error.graphQLErrors.find((e) => e.extensions?.field === 'officerID');
      if (full) form.setFields([{ name: 'toOfficerID', errors: [full.message] }]);
      setFormError(full ? null : fieldsError);
      reexecute({ requestPolicy: 'network-only' });
      return;
    }
    message.success(pt('detail.handOverDone', { officer: r.data?.handOverAssignment.officer.name ?? '' }));
    onDone();
  };

  return (
    <Modal open width={680} title={pt('detail.handOverTitle', { org: organization.name })} onOk={() => void submit()} confirmLoading={fetching} onCancel={onClose} destroyOnHidden>
      <Typography.Paragraph type="secondary">{pt('detail.handOverHint', { officer: assignment.officer.name })}</Typography.Paragraph>
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      {officers.fetching && !officers.data ? (
        <Loading />
      ) : (
        <Form form={form} layout="vertical" initialValues={{ on: today }}>
          <Form.Item name="toOfficerID" label={pt('detail.handOverTo')} rules={[{ required: true, message: pt('assign.pickOfficer') }]}>
            <OfficerPicker officers={list} exclude={assignment.officer.id} />
          </Form.Item>
          <Form.Item name="on" label={pt('field.date')} rules={[{ required: true }]}>
            <Input type="date" max={today} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="reason" label={pt('field.reason')} rules={[{ required: true, whitespace: true, message: pt('detail.reasonPlaceholder') }]}>
            <Input.TextArea rows={3} maxLength={500} placeholder={pt('detail.reasonPlaceholder')} />
          </Form.Item>
        </Form>
      )}
    </Modal>
  );
}

interface EndValues {
  on: string;
  reason: string;
}

/** Ends a live assignment; the organisation becomes uncovered. */
export function EndAssignmentDialog({
  organization,
  assignmentID,
  onClose,
  onDone,
}: {
  organization: { id: string; name: string };
  assignmentID: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const { pt } = usePT();
  const { message } = App.useApp();
  const [form] = Form.useForm<EndValues>();
  const place = useFieldErrors();
  const [formError, setFormError] = useState<string | null>(null);
  const [{ fetching }, end] = useMutation(EndAssignmentDocument);
  const today = chinaToday();

  const submit = async () => {
    setFormError(null);
    const v = await form.validateFields();
    const r = await end({ assignmentID, on: dayOrUndefined(v.on), reason: v.reason.trim() }, REFRESH);
    if (r.error) {
      setFormError(place(r.error, form, ['on', 'reason']));
      return;
    }
    message.success(pt('detail.endDone'));
    onDone();
  };

  return (
    <Modal
      open
      title={pt('detail.endTitle', { org: organization.name })}
      onOk={() => void submit()}
      okButtonProps={{ danger: true }}
      confirmLoading={fetching}
      onCancel={onClose}
      destroyOnHidden
    >
      <Alert type="warning" showIcon message={pt('detail.endHint')} style={{ marginBottom: 16 }} />
      {formError ? <Alert type="error" showIcon message={formError} style={{ marginBottom: 16 }} /> : null}
      <Form form={form} layout="vertical" initialValues={{ on: today }}>
        <Form.Item name="on" label={pt('field.endOn')} rules={[{ required: true }]}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="reason" label={pt('field.reason')} rules={[{ required: true, whitespace: true, message: pt('detail.reasonPlaceholder') }]}>
          <Input.TextArea rows={3} maxLength={500} placeholder={pt('detail.reasonPlaceholder')} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
