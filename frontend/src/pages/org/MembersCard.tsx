import { useState } from 'react';
import { Alert, App as AntApp, Button, Card, Form, Input, List, Modal, Popconfirm, Select } from 'antd';
import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { apiErrors, describeError, type ApiError } from '../../lib/errors';

const MemberCandidatesDocument = graphql(`
  query MemberCandidates {
    users(first: 200, orderBy: { field: USERNAME, direction: ASC }, where: { status: ACTIVE }) {
      edges {
        node {
          id
          username
          displayName
        }
      }
    }
  }
`);

const AddMemberDocument = graphql(`
  mutation AddMember($input: AddMemberInput!) {
    addMember(input: $input) {
      id
    }
  }
`);

const RemoveMemberDocument = graphql(`
  mutation RemoveMember($id: ID!) {
    removeMember(id: $id)
  }
`);

export interface Member {
  id: string;
  title: string | null;
  user: { id: string; username: string; displayName: string };
}

/** The organisation's members; staff may add, admins may also remove. */
export function MembersCard({
  organizationID,
  members,
  canAdd,
  canRemove,
  onChanged,
}: {
  organizationID: string;
  members: readonly Member[];
  canAdd: boolean;
  canRemove: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [form] = Form.useForm<{ userID: string; title?: string }>();
  const [candidates] = useQuery({ query: MemberCandidatesDocument, pause: !open });
  const [{ fetching }, addMember] = useMutation(AddMemberDocument);
  const [, removeMember] = useMutation(RemoveMemberDocument);
  const tr = (k: `errors.${ApiError['code']}`) => t(k);

  const existing = new Set(members.map((m) => m.user.id));
  const options = (candidates.data?.users.edges ?? []).flatMap((e) =>
    e?.node && !existing.has(e.node.id) ? [{ value: e.node.id, label: `${e.node.displayName} (${e.node.username})` }] : [],
  );

  return (
    <Card
      title={t('org.members')}
      className="detail-card"
      extra={
        canAdd ? (
          <Button icon={<UserAddOutlined />} onClick={() => setOpen(true)} data-testid="member-add">
            {t('org.addMember')}
          </Button>
        ) : null
      }
    >
      <List
        dataSource={members as Member[]}
        locale={{ emptyText: t('org.noMembers') }}
        renderItem={(m) => (
          <List.Item
            actions={
              canRemove
                ? [
                    <Popconfirm
                      key="remove"
                      title={t('org.removeMemberConfirm', { name: m.user.displayName })}
                      okText={t('org.removeMember')}
                      okButtonProps={{ danger: true }}
                      cancelText={t('common.cancel')}
                      onConfirm={async () => {
                        const res = await removeMember({ id: m.id });
                        if (res.error) message.error(describeError(apiErrors(res.error)[0], tr));
                        else {
                          message.success(t('org.memberRemoved'));
                          onChanged();
                        }
                      }}
                    >
                      <Button type="link" danger icon={<DeleteOutlined />}>
                        {t('org.removeMember')}
                      </Button>
                    </Popconfirm>,
                  ]
                : undefined
            }
          >
            <List.Item.Meta
              title={m.user.displayName}
              description={[m.user.username, m.title].filter(Boolean).join(' · ')}
            />
          </List.Item>
        )}
      />
      <Modal
        open={open}
        title={t('org.addMember')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        confirmLoading={fetching}
        onCancel={() => {
          setOpen(false);
          setError(null);
        }}
        onOk={() => form.submit()}
        destroyOnHidden
      >
        {error ? <Alert type="error" showIcon role="alert" className="form-alert" message={describeError(error, tr)} /> : null}
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          onFinish={async (v) => {
            setError(null);
            const res = await addMember({
              input: { organizationID, userID: v.userID, ...(v.title?.trim() ? { title: v.title.trim() } : {}) },
            });
            if (res.error) {
              setError(apiErrors(res.error)[0]);
              return;
            }
            message.success(t('org.memberAdded'));
            setOpen(false);
            onChanged();
          }}
        >
          <Form.Item
            label={t('org.memberUser')}
            name="userID"
            rules={[{ required: true, message: t('common.requiredSelect', { field: t('org.memberUser') }) }]}
          >
            <Select showSearch optionFilterProp="label" loading={candidates.fetching} options={options} />
          </Form.Item>
          <Form.Item label={t('org.memberTitle')} name="title" rules={[{ max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
