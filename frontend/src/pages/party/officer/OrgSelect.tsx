import { useEffect, useMemo, useState } from 'react';
import { Select } from 'antd';
import { useClient } from 'urql';
import { PartyWorkOrganizationNameDocument, PartyWorkOrganizationsDocument } from './api';
import { usePW } from './texts';

/**
 * The organisations one may record a visit or an activity for, from the
 * coverage table, which answers a guidance officer only those assigned to
 * them (the committee: the county's, searched by name). `dispatchedOnly`
 * for visits: a visit is logged under the organisation's officer.
 */
export function OrgSelect({
  value,
  onChange,
  multiple,
  dispatchedOnly,
  id,
  testId,
  placeholder,
}: {
  value?: string | string[];
  onChange?: (v: string | string[]) => void;
  multiple?: boolean;
  dispatchedOnly?: boolean;
  id?: string;
  testId?: string;
  placeholder?: string;
}) {
  const { pw } = usePW();
  const client = useClient();
  const [q, setQ] = useState('');
  const [found, setFound] = useState<string[]>([]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [loading, setLoading] = useState(true);

  useEffect(() => {
    let live = true;
    const term = q.trim();
    const timer = setTimeout(
      () => {
        setLoading(true);
        void client
          .query(
            PartyWorkOrganizationsDocument,
            { first: 50, filter: { ...(dispatchedOnly ? { form: 'DISPATCH' as const } : {}), ...(term ? { search: term } : {}) } },
            { requestPolicy: 'network-only' },
          )
          .toPromise()
          .then((res) => {
            if (!live) return;
            setLoading(false);
            const orgs = (res.data?.partyCoverageTable.edges ?? []).flatMap((e) => (e?.node ? [e.node.organization] : []));
            setFound(orgs.map((o) => o.id));
            setNames((m) => ({ ...m, ...Object.fromEntries(orgs.map((o) => [o.id, o.name])) }));
          });
      },
      term ? 250 : 0,
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [client, q, dispatchedOnly]);

  // A chosen organisation not among the first found (the one a form was opened for) is named on its own.
  const chosen = useMemo(() => (value === undefined ? [] : Array.isArray(value) ? value : [value]), [value]);
  const unnamed = chosen.find((v) => v && !(v in names));
  useEffect(() => {
    if (!unnamed || loading) return;
    let live = true;
    void client
      .query(PartyWorkOrganizationNameDocument, { id: unnamed })
      .toPromise()
      .then((res) => {
        const n = res.data?.node;
        if (live && n?.__typename === 'Organization') setNames((m) => ({ ...m, [n.id]: n.name }));
      });
    return () => {
      live = false;
    };
  }, [client, unnamed, loading]);

  const ids = [...new Set([...chosen.filter((v) => v in names), ...found])];
  const options = ids.map((v) => ({ value: v, label: names[v] ?? v }));

  return (
    <Select
      id={id}
      mode={multiple ? 'multiple' : undefined}
      showSearch
      filterOption={false}
      onSearch={setQ}
      value={value}
      onChange={(v) => onChange?.(v)}
      options={options}
      loading={loading}
      placeholder={placeholder ?? pw('common.searchOrganization')}
      notFoundContent={loading ? undefined : pw('common.noOrganizations')}
      style={{ width: '100%' }}
      data-testid={testId}
    />
  );
}
