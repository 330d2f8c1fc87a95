import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { ApiProvider } from '../../../api/ApiProvider';
import { fakeApi } from '../../../test/fakeApi';
import { NoticeCard } from './NoticeCard';
import { caseFixture } from './caseFixture.test-util';

const zone = process.env.TZ;
// West of UTC, midnight UTC is still the day before: a naive conversion would show 7 May.
beforeAll(() => {
  process.env.TZ = 'America/Los_Angeles';
});
afterAll(() => {
  process.env.TZ = zone;
});

describe('deficiency notice', () => {
  it('shows what to supply, the deadline as the calendar day sent, and the consequence in the UI language', () => {
    const deadline = '2026-05-08T00:00:00Z';
    expect(new Date(deadline).getDate()).toBe(7);
    const c = caseFixture({
      state: 'ACCEPTED_WITH_DEFICIENCIES',
      allowedActions: ['SUPPLEMENT', 'WITHDRAW'],
      notice: {
        id: 'n1',
        createdAt: '2026-05-01T02:00:00Z',
        items: [{ key: 'budget', name: '项目预算', status: 'MISSING', note: '请补交项目预算表' }],
        deadline,
        consequence: '逾期未补正的，视为撤回申请，本申请予以退回。 / If the materials are not supplied by the deadline, the application is returned as withdrawn.',
        fulfilledAt: null,
        expiredAt: null,
      },
    });
    render(
      <ApiProvider client={fakeApi({}).client}>
        <AntApp>
          <NoticeCard c={c} docs={new Map()} onSupplement={() => undefined} />
        </AntApp>
      </ApiProvider>,
    );
    const notice = screen.getByTestId('case-notice');
    expect(notice.getAttribute('data-open')).toBe('true');
    expect(screen.getByTestId('notice-deadline').textContent).toBe('2026年5月8日 前');
    expect(notice.textContent).toContain('项目预算');
    expect(notice.textContent).toContain('请补交项目预算表');
    expect(notice.textContent).toContain('逾期未补正的，视为撤回申请');
    expect(notice.textContent).not.toContain('If the materials');
    expect(screen.getByTestId('notice-supplement')).toBeTruthy();
  });
});
