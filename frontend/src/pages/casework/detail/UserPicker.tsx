import { useEffect, useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useClient } from 'urql';
import { UserSearchDocument } from '../caseApi';

type Option = { value: string; label: string };

/** Picks an active user of the county, searched by username or name as one types. */
export function UserPicker({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useTranslation();
  const client = useClient();
  const [q, setQ] = useState('');
  const [options, setOptions] = useState<Option[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    // Wait for a pause in typing rather than querying on every key.
    const timer = setTimeout(() => {
      setLoading(true);
      void client
        .query(UserSearchDocument, { q: q.trim() }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((res) => {
          if (!live) return;
          setLoading(false);
          const users = (res.data?.users.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
          setOptions(users.map((u) => ({ value: u.id, label: `${u.displayName}（${u.username}）` })));
        });
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, q]);

  return (
    <Select
      id={id}
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      options={options}
      placeholder={t('casework.consult.assigneeSearch')}
      style={{ minWidth: 200 }}
      data-testid="user-picker"
    />
  );
}
