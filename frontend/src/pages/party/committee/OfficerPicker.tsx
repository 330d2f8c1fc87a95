import { useMemo, useState } from 'react';
import { Alert, Empty, Input, Radio, Space, Typography } from 'antd';
import type { PartyOfficersQuery } from '../../../gql/graphql';
import { LoadBar } from '../shared/LoadBar';
import { loadLevel } from '../shared/model';
import { usePT } from '../shared/texts';

export type Officer = NonNullable<NonNullable<NonNullable<PartyOfficersQuery['guidanceOfficers']['edges']>[number]>['node']>;

/**
 * Active officers to choose one from, each with their load against the
 * county's maximum; full ones are shown but cannot be chosen. Those with
 * room come first, the least loaded first. A form control (value/onChange).
 */
export function OfficerPicker({
  officers,
  value,
  onChange,
  exclude,
}: {
  officers: readonly Officer[];
  value?: string;
  onChange?: (id: string) => void;
  /** An officer not to offer (the one handing over). */
  exclude?: string;
}) {
  const { pt } = usePT();
  const [filter, setFilter] = useState('');
  const shown = useMemo(() => {
    const q = filter.trim().toLowerCase();
    return officers
      .filter((o) => o.active && o.id !== exclude)
      .filter((o) => !q || o.name.toLowerCase().includes(q) || o.unit.toLowerCase().includes(q))
      .map((o) => ({ o, full: loadLevel(o.currentLoad, o.maxLoad).full }))
      .sort((a, b) => Number(a.full) - Number(b.full) || a.o.currentLoad - b.o.currentLoad || a.o.name.localeCompare(b.o.name, 'zh-CN'));
  }, [officers, filter, exclude]);
  const available = officers.filter((o) => o.active && o.id !== exclude);
  if (available.length === 0) return <Empty description={pt('assign.noOfficers')} data-testid="no-officers" />;
  const allFull = available.every((o) => loadLevel(o.currentLoad, o.maxLoad).full);
  return (
    <div>
      {allFull ? <Alert type="warning" showIcon message={pt('assign.allFull')} style={{ marginBottom: 8 }} data-testid="officers-all-full" /> : null}
      {available.length > 6 ? (
        <Input.Search
          allowClear
          placeholder={pt('assign.filter')}
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
          style={{ marginBottom: 8 }}
          data-testid="officer-filter"
        />
      ) : null}
      <div style={{ maxHeight: 300, overflowY: 'auto', border: '1px solid #f0f0f0', borderRadius: 6, padding: '4px 8px' }}>
        <Radio.Group value={value} onChange={(e) => onChange?.(e.target.value as string)} style={{ width: '100%' }} data-testid="officer-picker">
          <Space direction="vertical" style={{ width: '100%' }}>
            {shown.map(({ o, full }) => (
              <div key={o.id} data-testid="officer-option" data-officer={o.id} data-full={full ? 'true' : 'false'}>
                <Radio value={o.id} disabled={full} style={{ width: '100%', padding: '6px 0' }}>
                  <span style={{ display: 'inline-grid', gridTemplateColumns: '96px 150px auto', columnGap: 12, alignItems: 'center' }}>
                    <strong>{o.name}</strong>
                    <Typography.Text type="secondary" ellipsis={{ tooltip: o.unit }}>
                      {o.unit || pt('common.none')}
                    </Typography.Text>
                    <span>
                      <LoadBar load={o.currentLoad} max={o.maxLoad} compact />
                      {full ? (
                        <Typography.Text type="danger" data-testid="officer-full-note" style={{ marginLeft: 8 }}>
                          {pt('load.fullNote', { max: o.maxLoad })}
                        </Typography.Text>
                      ) : null}
                    </span>
                  </span>
                </Radio>
              </div>
            ))}
          </Space>
        </Radio.Group>
      </div>
    </div>
  );
}
