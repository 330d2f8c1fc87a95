import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { ApiProvider } from '../../../api/ApiProvider';
import { fakeApi } from '../../../test/fakeApi';
import { ReviewCard } from './ReviewCard';
import { caseFixture } from './caseFixture.test-util';
import { useCaseStep } from './useCaseStep';
import type { CaseDetail } from './caseTypes';

function Harness({ c, refresh }: { c: CaseDetail; refresh: () => void }) {
  const step = useCaseStep(refresh);
  return <ReviewCard c={c} docs={new Map()} mode="preReview" step={step} />;
}

function setup(handlers: Parameters<typeof fakeApi>[0]) {
  const api = fakeApi(handlers);
  const refresh = vi.fn();
  render(
    <ApiProvider client={api.client}>
      <AntApp>
        <Harness c={caseFixture()} refresh={refresh} />
      </AntApp>
    </ApiProvider>,
  );
  return { ...api, refresh };
}

const row = (key: string) => screen.getAllByTestId('review-row').find((r) => r.getAttribute('data-key') === key) as HTMLElement;

afterEach(() => vi.unstubAllGlobals());

describe('pre-review', () => {
  it('previews the one-time notice, then sends every finding with the note', async () => {
    const user = userEvent.setup();
    const api = setup({
      AcceptCaseWithDeficiencies: () => ({ data: { acceptCaseWithDeficiencies: { __typename: 'Case', id: 'c1', state: 'ACCEPTED_WITH_DEFICIENCIES' } } }),
    });
    // Files for the core materials, none for the budget: accept with deficiencies is what is offered.
    expect(screen.getByTestId('review-outcome').getAttribute('data-outcome')).toBe('ACCEPT_WITH_DEFICIENCIES');
    expect((screen.getByTestId('action-ACCEPT') as HTMLButtonElement).disabled).toBe(true);
    await user.type(within(row('budget')).getByPlaceholderText('存在的问题或补正要求'), '  请补交项目预算表 ');
    await user.click(screen.getByTestId('action-ACCEPT_WITH_DEFICIENCIES'));

    const preview = await screen.findByTestId('notice-preview');
    expect(within(preview).getAllByTestId('notice-preview-item').map((el) => el.getAttribute('data-key'))).toEqual(['budget']);
    expect(preview.textContent).toContain('只能出具一次');
    expect(preview.textContent).toContain('5 个工作日');
    expect(api.calls.some((c) => c.operationName === 'AcceptCaseWithDeficiencies')).toBe(false);

    await user.click(screen.getByTestId('notice-issue'));
    await waitFor(() => expect(api.refresh).toHaveBeenCalled());
    const call = api.calls.find((c) => c.operationName === 'AcceptCaseWithDeficiencies');
    expect(call?.variables).toEqual({
      id: 'c1',
      findings: [
        { key: 'certificate', status: 'PRESENT' },
        { key: 'articles', status: 'PRESENT' },
        { key: 'budget', status: 'MISSING', note: '请补交项目预算表' },
      ],
    });
  });

  it('asks for a note on a flawed material before sending anything', async () => {
    const user = userEvent.setup();
    const api = setup({});
    await user.click(within(row('articles')).getByText('有误'));
    expect(screen.getByTestId('review-outcome').getAttribute('data-outcome')).toBe('RETURN');
    await user.click(screen.getByTestId('action-RETURN'));
    expect(await screen.findByText('请说明“章程”存在的问题')).toBeTruthy();
    expect(screen.queryByTestId('return-reason')).toBeNull();
    expect(api.calls.filter((c) => c.operationName !== 'DocumentLimits')).toEqual([]);
  });

  it('reloads the case when someone else moved it first', async () => {
    const user = userEvent.setup();
    const api = setup({
      AcceptCaseWithDeficiencies: () => ({
        errors: [{ message: '该案件已出具一次性告知书，不得再次告知新的补正事项', extensions: { code: 'CONFLICT', reason: 'NOTICE_ALREADY_ISSUED' } }],
      }),
    });
    await user.click(screen.getByTestId('action-ACCEPT_WITH_DEFICIENCIES'));
    await user.click(await screen.findByTestId('notice-issue'));
    expect(await screen.findByText('该案件已出具一次性告知书，不得再次告知新的补正事项')).toBeTruthy();
    expect(api.refresh).toHaveBeenCalled();
  });
});
