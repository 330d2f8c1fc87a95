import { beforeAll, describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import '../../i18n';
import { loadIncubationTexts } from '../../i18n/incubation';
import { GraduationPanel } from './GraduationPanel';
import { tileLook } from './shared';

beforeAll(() => loadIncubationTexts());

describe('GraduationPanel', () => {
  it('lists what is missing and keeps the button disabled', () => {
    render(
      <GraduationPanel
        canGraduate
        check={{
          ready: false,
          threshold: 80,
          latestScore: '72.0',
          missing: [
            { code: 'SCORE_BELOW_THRESHOLD', message: '最近一次成熟度评分 72.0 分，未达到出壳标准 80 分' },
            { code: 'MILESTONE_NOT_MET', message: '必备里程碑未完成：实现党的组织和工作覆盖' },
          ],
        }}
      />,
    );
    const items = screen.getByTestId('graduation-missing').querySelectorAll('[data-code]');
    expect([...items].map((i) => i.getAttribute('data-code'))).toEqual(['SCORE_BELOW_THRESHOLD', 'MILESTONE_NOT_MET']);
    expect(screen.getByText(/实现党的组织和工作覆盖/)).toBeTruthy();
    expect((screen.getByTestId('graduate') as HTMLButtonElement).disabled).toBe(true);
  });

  it('enables graduation when nothing is missing, for staff only', () => {
    const check = { ready: true, threshold: 80, latestScore: '86.0', missing: [] };
    const { unmount } = render(<GraduationPanel canGraduate check={check} />);
    expect((screen.getByTestId('graduate') as HTMLButtonElement).disabled).toBe(false);
    unmount();
    render(<GraduationPanel canGraduate={false} check={check} />);
    expect(screen.queryByTestId('graduate')).toBeNull();
  });
});

describe('tileLook', () => {
  it('colours by status and shows free seats only when available', () => {
    expect(tileLook({ status: 'AVAILABLE', seatsFree: 2 })).toEqual({ colour: 'green', free: true });
    expect(tileLook({ status: 'OCCUPIED', seatsFree: 0 })).toEqual({ colour: 'blue', free: false });
    expect(tileLook({ status: 'MAINTENANCE', seatsFree: 4 })).toEqual({ colour: 'default', free: false });
  });
});

describe('readiness', () => {
  it('weighs the scores as the server does', async () => {
    const { readiness } = await import('./AdmissionPanel');
    const criteria = [
      { key: 'MISSION', weight: 25 },
      { key: 'TEAM', weight: 20 },
      { key: 'GOVERNANCE', weight: 20 },
      { key: 'PROJECT', weight: 20 },
      { key: 'COMMITMENT', weight: 15 },
    ];
    // (90·25 + 80·20 + 70·20 + 60·20 + 100·15) / 100 = 79.5 → 80
    expect(readiness(criteria, { MISSION: 90, TEAM: 80, GOVERNANCE: 70, PROJECT: 60, COMMITMENT: 100 })).toBe(80);
    expect(readiness(criteria, {})).toBe(0);
  });
});
