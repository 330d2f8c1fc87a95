import { useState } from 'react';
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useUserSearch } from './useUserSearch';

/** Picks an active user of the county, searched by username or name as one types. */
export function UserPicker({ value, onChange, id }: { value?: string; onChange?: (v: string) => void; id?: string }) {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const { options, loading } = useUserSearch(q);
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
