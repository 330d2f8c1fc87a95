import { App as AntApp, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrors, describeError } from '../../lib/errors';
import { useActInDomain } from './domainApi';

const EVERY = '*';

interface Props {
  actingId: string | null;
  domains: { id: string; code: string; name: string }[];
}

/** Platform admins: the county the session acts in, or back to every county. */
export function DomainSwitcher({ actingId, domains }: Props) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const actIn = useActInDomain();
  // The API tells the domain acted in, not whether it was chosen: after
  // "every county" the home county shows, where creations land.
  const value = actingId ?? EVERY;
  return (
    <Select
      size="small"
      className="app-header__domain"
      aria-label={t('domains.switcher')}
      data-testid="domain-switcher"
      value={value}
      popupMatchSelectWidth={false}
      options={[
        { value: EVERY, label: t('domains.every') },
        ...domains.map((d) => ({ value: d.id, label: `${d.name}（${d.code}）` })),
      ]}
      onChange={(id: string) => {
        void actIn(id === EVERY ? null : id).then((res) => {
          if (res.error) message.error(describeError(apiErrors(res.error)[0], t));
          else message.success(t('domains.switched'));
        });
      }}
    />
  );
}
