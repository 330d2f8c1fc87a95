import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseState } from '../../gql/graphql';
import { STATE_COLOR } from './model/states';

export function CaseStateTag({ state }: { state: CaseState }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATE_COLOR[state]} data-testid="case-state" data-state={state}>
      {t(`casework.state.${state}`)}
    </Tag>
  );
}
