import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DocumentExpiry } from '../../gql/graphql';
import { expiryTag } from './expiry';

/** "已过期 3 天" / "12 天后到期" beside a document; nothing without an expiry date. */
export function ExpiryTag({ expiry, daysUntilExpiry }: { expiry: DocumentExpiry; daysUntilExpiry: number | null }) {
  const { t } = useTranslation();
  const spec = expiryTag(expiry, daysUntilExpiry);
  if (!spec) return null;
  return (
    <Tag color={spec.color} data-testid="document-expiry" data-expiry={expiry}>
      {t(`documents.expiryTag.${spec.key}`, { days: spec.days })}
    </Tag>
  );
}
