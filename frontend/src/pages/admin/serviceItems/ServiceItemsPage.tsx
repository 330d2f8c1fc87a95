import { useMemo, useState } from 'react';
import { Button, Card, Space, Table, Tag, Typography, type TableProps } from 'antd';
import { EditOutlined, OrderedListOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ServiceItemFieldsFragment } from '../../../gql/graphql';
import { EmptyState, ErrorState } from '../../../components/States';
import { MaterialsDialog } from './MaterialsDialog';
import { ServiceItemDialog } from './ServiceItemDialog';
import { ServiceItemsDocument } from './serviceItemsApi';

type Editing = { kind: 'item'; item: ServiceItemFieldsFragment | null } | { kind: 'materials'; item: ServiceItemFieldsFragment };

/** The county's service-item catalogue: terms, time limits, delegation and materials. */
export default function ServiceItemsPage() {
  const { t } = useTranslation();
  const context = useMemo(() => ({ additionalTypenames: ['ServiceItem'] }), []);
  const [result, reexecute] = useQuery({ query: ServiceItemsDocument, context });
  const [editing, setEditing] = useState<Editing | null>(null);
  const rows = (result.data?.serviceItems.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const days = (n: number) => t('casework.workingDays', { count: n });

  const columns: TableProps<ServiceItemFieldsFragment>['columns'] = [
    // The name leads; the code is for cross-reference with the catalogue, so it comes second and is muted.
    { title: t('casework.items.fields.name'), dataIndex: 'name', key: 'name', width: 180 },
    {
      title: t('casework.items.fields.code'),
      dataIndex: 'code',
      key: 'code',
      responsive: ['md'],
      render: (v: string) => <Typography.Text type="secondary" className="mono">{v}</Typography.Text>,
    },
    {
      // Working days: promised / statutory, then the supplement period.
      title: `${t('casework.fields.promisedDays')} / ${t('casework.fields.statutoryDays')}`,
      key: 'days',
      responsive: ['md'],
      render: (_, r) => <span className="nowrap">{`${r.promisedDays} / ${days(r.statutoryDays)}`}</span>,
    },
    { title: t('casework.fields.supplementDays'), key: 'supplement', responsive: ['lg'], render: (_, r) => <span className="nowrap">{days(r.supplementDays)}</span> },
    {
      title: t('casework.fields.delegated'),
      key: 'delegated',
      responsive: ['lg'],
      render: (_, r) => (r.delegated ? <Tag color="blue">{t('casework.delegatedYes')}</Tag> : <Tag>{t('casework.delegatedNo')}</Tag>),
    },
    {
      title: t('casework.items.materials'),
      key: 'materials',
      width: 240,
      render: (_, r) => (
        <Space size={[4, 4]} wrap>
          {r.materials.map((m) => (
            <Tag key={m.key} color={m.core ? 'red' : undefined}>
              {m.name}
            </Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('casework.items.fields.active'),
      key: 'active',
      render: (_, r) => (r.active ? <Tag color="green">{t('casework.items.active')}</Tag> : <Tag>{t('casework.items.inactive')}</Tag>),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, r) => (
        <Space wrap>
          <Button size="small" icon={<EditOutlined />} onClick={() => setEditing({ kind: 'item', item: r })}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<OrderedListOutlined />} onClick={() => setEditing({ kind: 'materials', item: r })}>
            {t('casework.items.materials')}
          </Button>
        </Space>
      ),
    },
  ];

  if (result.error && !result.data) return <ErrorState error={result.error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;

  return (
    <div className="page">
      <div className="page-header">
        <Typography.Title level={1} className="page-title">
          {t('casework.items.title')}
        </Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ kind: 'item', item: null })} data-testid="item-create">
          {t('casework.items.create')}
        </Button>
      </div>
      <Card>
        <Table
          rowKey="id"
          loading={result.fetching && !result.data}
          columns={columns}
          dataSource={rows}
          pagination={false}
          scroll={{ x: 'max-content' }}
          data-testid="service-items"
          locale={{ emptyText: <EmptyState title={t('casework.items.empty')} /> }}
        />
      </Card>
      {editing?.kind === 'item' ? <ServiceItemDialog item={editing.item} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'materials' ? <MaterialsDialog item={editing.item} onClose={() => setEditing(null)} /> : null}
    </div>
  );
}
