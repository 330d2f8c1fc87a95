import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { OrganizationForm, type OrganizationFormValues } from './OrganizationForm';
import { createInput } from './OrganizationCreatePage';

function setup(onSubmit: (v: OrganizationFormValues) => Promise<CombinedError | undefined>) {
  const user = userEvent.setup();
  render(<OrganizationForm submitting={false} submitLabel="保存" onSubmit={onSubmit} onCancel={() => undefined} />);
  return user;
}

describe('OrganizationForm', () => {
  it('names the expected check character for a wrong USCC', async () => {
    const onSubmit = vi.fn(async () => undefined);
    const user = setup(onSubmit);
    const uscc = screen.getByLabelText('统一社会信用代码');
    await user.type(uscc, '91350100m000100y44');
    // Lower case is folded to capitals as one types.
    expect((uscc as HTMLInputElement).value).toBe('91350100M000100Y44');
    await user.tab();
    expect(await screen.findByText('校验位错误：最后一位应为“3”，实际为“4”')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('puts a server error on the field it concerns', async () => {
    const onSubmit = vi.fn(async () =>
      new CombinedError({
        graphQLErrors: [
          new GraphQLError('该统一社会信用代码已被其他组织使用', {
            extensions: { code: 'BAD_USER_INPUT', field: 'uscc' },
          }),
        ],
      }),
    );
    const user = setup(onSubmit);
    await user.type(screen.getByLabelText('组织名称'), '德清县阳光志愿者协会');
    await user.type(screen.getByLabelText('统一社会信用代码'), '91350100M000100Y43');
    // antd Select: open with the keyboard and pick the first option.
    await user.click(screen.getByLabelText('组织类型'));
    await user.click(await screen.findByTitle('社会团体'));
    await user.click(screen.getByLabelText('孵化阶段'));
    await user.click(await screen.findByTitle('萌芽型'));
    await user.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('该统一社会信用代码已被其他组织使用')).toBeTruthy();
    const values = onSubmit.mock.calls[0] as unknown as [OrganizationFormValues];
    expect(createInput(values[0])).toMatchObject({
      name: '德清县阳光志愿者协会',
      uscc: '91350100M000100Y43',
      kind: 'SOCIAL_GROUP',
      stage: 'SEEDLING',
      serviceFields: [],
    });
  });

  it('leaves the registered facts to the bureau when locked', () => {
    render(
      <OrganizationForm submitting={false} submitLabel="保存" onSubmit={vi.fn()} onCancel={() => undefined} registryLocked />,
    );
    expect(screen.getByTestId('registry-locked')).toBeTruthy();
    for (const label of ['组织名称', '统一社会信用代码', '法定代表人']) {
      expect((screen.getByLabelText(label) as HTMLInputElement).disabled, label).toBe(true);
    }
    for (const label of ['联系人', '联系电话', '地址']) {
      expect((screen.getByLabelText(label) as HTMLInputElement).disabled, label).toBe(false);
    }
  });
});
