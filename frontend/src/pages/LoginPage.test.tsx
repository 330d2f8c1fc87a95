import { formatDateTime } from '../lib/format';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../App';
import { fakeApi } from '../test/fakeApi';
import i18n from '../i18n';

const ngoUser = {
  __typename: 'User',
  id: '7',
  username: 'ngo',
  displayName: '阳光志愿者协会 联络员',
  status: 'ACTIVE',
  permissions: ['domain:read', 'organization:read_own', 'organization:update_own', 'membership:read_own'],
  roleAssignments: {
    __typename: 'RoleAssignmentConnection',
    edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '1', role: 'NGO_MEMBER', domainID: '1' } }],
  },
  memberships: [
    {
      __typename: 'Membership',
      id: '3',
      organization: { __typename: 'Organization', id: '42', name: '德清县阳光志愿者协会' },
    },
  ],
};

const org = {
  __typename: 'Organization',
  id: '42',
  version: 1,
  name: '德清县阳光志愿者协会',
  uscc: '51330521MJ0000001X',
  kind: 'SOCIAL_GROUP',
  stage: 'STARTUP',
  serviceFields: ['ELDERLY_CARE'],
  registeredOn: '2016-05-01T00:00:00Z',
  legalRepresentative: '王芳',
  contactPerson: null,
  contactPhone: null,
  address: null,
  town: '武康街道',
  charityStatus: 'NONE',
  status: 'ACTIVE',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
  memberships: [],
};

beforeEach(() => {
  window.history.pushState({}, '', '/');
  window.localStorage.clear();
  void i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('login', () => {
  it('explains a locked account and then signs an NGO member in to their organisation', async () => {
    let loggedIn = false;
    let attempts = 0;
    const { client } = fakeApi({
      Me: () => ({ data: { me: loggedIn ? ngoUser : null } }),
      Login: () => {
        attempts++;
        if (attempts === 1) {
          return {
            data: null,
            errors: [
              {
                message: '登录失败次数过多，账号已锁定至 10:30',
                path: ['login'],
                extensions: { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED', lockedUntil: '2026-11-27T10:30:00Z' },
              },
            ],
          };
        }
        loggedIn = true;
        return {
          data: {
            login: { __typename: 'LoginPayload', expiresAt: '2030-01-01T00:00:00Z', user: { __typename: 'User', id: '7', username: 'ngo' } },
          },
        };
      },
      Organization: () => ({ data: { node: org } }),
      ActingDomain: () => ({ data: { actingDomain: { __typename: 'Domain', id: '1', name: '德清县', bureauName: '德清县民政局' } } }),
    });
    const user = userEvent.setup();
    render(<App client={client} />);

    // Anonymous: redirected to the login form, with labelled inputs.
    const username = await screen.findByLabelText('用户名');
    const password = screen.getByLabelText('密码');
    await user.type(username, 'ngo');
    await user.type(password, 'wrong-password');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toContain('失败次数过多');
    // The lock's end, in the browser's time zone and the app's language.
    expect(alert.textContent).toContain(formatDateTime('2026-11-27T10:30:00Z', 'zh-CN'));
    expect(alert.getAttribute('data-reason')).toBe('locked');

    await user.type(screen.getByLabelText('密码'), 'hatchery-demo');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));

    // An NGO member lands on their own organisation.
    expect(await screen.findByTestId('org-name')).toHaveProperty('textContent', '德清县阳光志愿者协会');
    await waitFor(() => expect(window.location.pathname).toBe('/my-organization'));
    expect(screen.queryByText('用户与角色')).toBeNull();
    expect(screen.queryByText('审计日志')).toBeNull();
  });

  it('shows the wrong-password message without the server text', async () => {
    const { client } = fakeApi({
      Me: () => ({ data: { me: null } }),
      Login: () => ({
        data: null,
        errors: [{ message: 'wrong username or password', extensions: { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' } }],
      }),
    });
    const user = userEvent.setup();
    render(<App client={client} />);
    await user.type(await screen.findByLabelText('用户名'), 'admin');
    await user.type(screen.getByLabelText('密码'), 'nope');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    const alert = await screen.findByTestId('login-error');
    expect(alert.textContent).toContain('用户名或密码错误');
    expect(alert.textContent).not.toContain('wrong username');
  });

  it('validates empty fields in the browser', async () => {
    const { client, calls } = fakeApi({ Me: () => ({ data: { me: null } }) });
    const user = userEvent.setup();
    render(<App client={client} />);
    await screen.findByLabelText('用户名');
    await user.click(screen.getByRole('button', { name: /登\s*录/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'Login')).toBe(false);
  });

  it('sends a user whose session ended back to the login form with a notice', async () => {
    let sessionAlive = true;
    const adminUser = {
      ...ngoUser,
      id: '1',
      username: 'admin',
      displayName: '系统管理员',
      permissions: ['domain:read', 'organization:read', 'organization:create', 'organization:update', 'user:create', 'audit_log:read'],
      roleAssignments: {
        __typename: 'RoleAssignmentConnection',
        edges: [{ __typename: 'RoleAssignmentEdge', node: { __typename: 'RoleAssignment', id: '9', role: 'BUREAU_ADMIN', domainID: '1' } }],
      },
      memberships: [],
    };
    const { client } = fakeApi({
      Me: () => ({ data: { me: sessionAlive ? adminUser : null } }),
      Organizations: () => {
        sessionAlive = false;
        return { data: null, errors: [{ message: 'please log in first', extensions: { code: 'UNAUTHENTICATED' } }] };
      },
    });
    window.history.pushState({}, '', '/organizations');
    render(<App client={client} />);
    expect((await screen.findByTestId('session-expired', {}, { timeout: 8000 })).textContent).toContain('登录已过期');
    expect(window.location.pathname).toBe('/login');
  });
});

