import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../../i18n';
import type { ApiError } from '../../../lib/errors';
import { ApplicationProblemsAlert, applicationProblems } from './applicationProblems';

const refusal = (reason: string, problems: unknown): ApiError => ({
  code: 'BAD_USER_INPUT',
  message: '申请表有 2 处问题，请全部改正后再提交',
  field: 'application',
  reason,
  extensions: { code: 'BAD_USER_INPUT', reason, problems },
});

describe('application problems', () => {
  it('reads every problem of a refused submission and lists them in Chinese', () => {
    const ps = applicationProblems(
      refusal('APPLICATION_INCOMPLETE', [
        { field: 'stage', message: 'choose the stage applied for', messageZH: '请选择申请的孵化类型' },
        { field: 'team', message: 'describe the team', messageZH: '请填写团队情况' },
        { nonsense: true },
      ]),
    );
    expect(ps.map((p) => p.field)).toEqual(['stage', 'team']);
    render(<ApplicationProblemsAlert problems={ps} />);
    const alert = screen.getByTestId('application-problems');
    expect(alert.textContent).toContain('2 处问题');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['请选择申请的孵化类型', '请填写团队情况']);
  });

  it('finds none in other refusals, and shows nothing for none', () => {
    expect(applicationProblems(refusal('SOMETHING_ELSE', [{ field: 'x', message: 'y', messageZH: 'z' }]))).toEqual([]);
    expect(applicationProblems(null)).toEqual([]);
    const { container } = render(<ApplicationProblemsAlert problems={[]} />);
    expect(container.textContent).toBe('');
  });
});
