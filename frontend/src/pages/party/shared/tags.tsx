import { Tag, Tooltip } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import type { PartyActivityType, PartyCoverageForm, PartyOrganizationKind } from '../../../gql/graphql';
import { usePT } from './texts';

const TAG_COLOURS: Record<PartyCoverageForm, string> = {
  BUILD: 'red',
  JOIN: 'volcano',
  ATTACH: 'gold',
  DISPATCH: 'blue',
  UNCOVERED: 'default',
};

/** An organisation's form of coverage; `short` for dense tables. */
export function CoverageFormTag({ form, short }: { form: PartyCoverageForm; short?: boolean }) {
  const { pt } = usePT();
  return (
    <Tooltip title={pt(`formHint.${form}`)}>
      <Tag color={TAG_COLOURS[form]} data-form={form}>
        {pt(short ? `formShort.${form}` : `form.${form}`)}
      </Tag>
    </Tooltip>
  );
}

/** The risk mark of an organisation with no party organisation and no officer. */
export function UncoveredRiskTag() {
  const { pt } = usePT();
  return (
    <Tooltip title={pt('risk.uncoveredHint')}>
      <Tag color="error" icon={<WarningOutlined />} data-testid="uncovered-risk">
        {pt('risk.uncovered')}
      </Tag>
    </Tooltip>
  );
}

const KIND_COLOURS: Record<PartyOrganizationKind, string> = { COMMITTEE: 'magenta', STANDALONE: 'red', JOINT: 'volcano' };

export function PartyOrgKindTag({ kind }: { kind: PartyOrganizationKind }) {
  const { pt } = usePT();
  return (
    <Tag color={KIND_COLOURS[kind]} data-kind={kind}>
      {pt(`kind.${kind}`)}
    </Tag>
  );
}

export function ActivityTypeTag({ type }: { type: PartyActivityType }) {
  const { pt } = usePT();
  return <Tag data-type={type}>{pt(`activityType.${type}`)}</Tag>;
}
