import { useMemo, useState } from 'react';
import { Select } from 'antd';
import { type UserOption as Option, useUserSearch } from '../../casework/detail/useUserSearch';

/**
 * Picks several active users of the county, searched by username or name as
 * one types (casework's user search, for many). `known` labels the users
 * already chosen before any search.
 */
export function MultiUserPicker({
  value,
  onChange,
  known,
  placeholder,
  id,
}: {
  value?: string[];
  onChange?: (v: string[]) => void;
  known: readonly Option[];
  placeholder?: string;
  id?: string;
}) {
  const [q, setQ] = useState('');
  const { options: found, loading, labels: seen } = useUserSearch(q);

  // The chosen users stay labelled even when the latest search does not list them.
  const options = useMemo(() => {
    const labels: Record<string, string> = { ...Object.fromEntries(known.map((o) => [o.value, o.label])), ...seen };
    const out = new Map<string, Option>();
    for (const v of value ?? []) out.set(v, { value: v, label: labels[v] ?? v });
    for (const o of found) out.set(o.value, o);
    return [...out.values()];
  }, [known, seen, found, value]);

  return (
    <Select
      id={id}
      mode="multiple"
      showSearch
      value={value}
      onChange={onChange}
      filterOption={false}
      onSearch={setQ}
      loading={loading}
      options={options}
      placeholder={placeholder}
      style={{ width: '100%' }}
      data-testid="multi-user-picker"
    />
  );
}
