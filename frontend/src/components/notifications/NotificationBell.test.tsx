import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { App as AntApp } from 'antd';
import { ApiProvider } from '../../api/ApiProvider';
import { fakeApi } from '../../test/fakeApi';
import i18n from '../../i18n';
import { NotificationBell } from './NotificationBell';
import { POLL_MS } from './useUnreadCount';

const node = (id: string, readAt: string | null) => ({
  __typename: 'Notification',
  id,
  kind: 'case.decided',
  titleZh: '申请已作出决定：准予',
  titleEn: 'Decision: approved',
  bodyZh: 'DQ-2026-000001 入壳申请：已作出决定，请查看决定书。',
  bodyEn: 'DQ-2026-000001: a decision was made; see the decision letter.',
  path: '/cases/64424509441',
  createdAt: '2026-03-16T02:00:00Z',
  readAt,
});

function setup(unread: { n: number }) {
  const api = fakeApi({
    UnreadNotificationCount: () => ({ data: { unreadNotificationCount: unread.n } }),
    Notifications: () => ({
      data: {
        notifications: {
          __typename: 'NotificationConnection',
          totalCount: 2,
          edges: [
            { __typename: 'NotificationEdge', node: node('1', unread.n > 1 ? null : '2026-03-16T03:00:00Z') },
            { __typename: 'NotificationEdge', node: node('2', unread.n > 0 ? null : '2026-03-16T03:00:00Z') },
          ],
          pageInfo: { __typename: 'PageInfo', hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
        },
      },
    }),
    MarkNotificationRead: (v) => {
      unread.n--;
      return { data: { markNotificationRead: { __typename: 'Notification', id: v.id, readAt: '2026-03-16T03:00:00Z' } } };
    },
    MarkAllNotificationsRead: () => {
      const was = unread.n;
      unread.n = 0;
      return { data: { markAllNotificationsRead: was } };
    },
  });
  render(
    <ApiProvider client={api.client}>
      <AntApp>
        <MemoryRouter initialEntries={['/home']}>
          <NotificationBell />
          <Routes>
            <Route path="/cases/:id" element={<div data-testid="case-page" />} />
            <Route path="*" element={null} />
          </Routes>
        </MemoryRouter>
      </AntApp>
    </ApiProvider>,
  );
  return api;
}

const bell = () => screen.getByTestId('notification-bell');
const count = (api: ReturnType<typeof fakeApi>) => api.calls.filter((c) => c.operationName === 'UnreadNotificationCount').length;

beforeEach(() => {
  void i18n.changeLanguage('zh-CN');
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('notification bell', () => {
  it('shows the unread count, lists the latest in Chinese, and opening one marks it read and goes to its case', async () => {
    const unread = { n: 2 };
    setup(unread);
    await waitFor(() => expect(bell().getAttribute('data-unread')).toBe('2'));
    expect(bell().getAttribute('aria-label')).toBe('消息通知，2 条未读');

    await userEvent.click(bell());
    const items = await screen.findAllByTestId('notification-item');
    expect(items).toHaveLength(2);
    expect(items[0].textContent).toContain('申请已作出决定：准予');
    expect(items[0].textContent).not.toContain('Decision');

    await userEvent.click(items[0]);
    await screen.findByTestId('case-page');
    await waitFor(() => expect(bell().getAttribute('data-unread')).toBe('1'));
  });

  it('marks all read', async () => {
    const unread = { n: 2 };
    setup(unread);
    await waitFor(() => expect(bell().getAttribute('data-unread')).toBe('2'));
    await userEvent.click(bell());
    await userEvent.click(await screen.findByTestId('notifications-mark-all'));
    await waitFor(() => expect(bell().getAttribute('data-unread')).toBe('0'));
  });

  it('polls every 30 s while the tab is visible, and not while it is hidden', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const unread = { n: 0 };
    const api = setup(unread);
    await waitFor(() => expect(count(api)).toBe(1));

    unread.n = 3;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_MS);
    });
    await waitFor(() => expect(bell().getAttribute('data-unread')).toBe('3'));
    const seen = count(api);

    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    });
    expect(count(api)).toBe(seen);

    visibility.mockReturnValue('visible');
    await act(async () => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await waitFor(() => expect(count(api)).toBe(seen + 1));
  });
});
