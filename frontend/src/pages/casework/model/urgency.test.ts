import { describe, expect, it } from 'vitest';
import { caseUrgency, clockRunning, consultationLate, todayYMD, urgencyColor, urgencyOf, urgencyRowClass } from './urgency';
import { queueWhere } from './queue';

const clock = (o: Partial<{ overdue: boolean; dueSoon: boolean; paused: boolean }>) => ({ overdue: false, dueSoon: false, paused: false, ...o });

describe('queue highlighting', () => {
  it('marks overdue red and due soon orange', () => {
    expect(urgencyOf(clock({ overdue: true }))).toBe('overdue');
    expect(urgencyRowClass('overdue')).toBe('case-row--overdue');
    expect(urgencyColor('overdue')).toBe('red');
    expect(urgencyOf(clock({ dueSoon: true }))).toBe('dueSoon');
    expect(urgencyRowClass('dueSoon')).toBe('case-row--due-soon');
    expect(urgencyColor('dueSoon')).toBe('orange');
  });

  it('keeps an overdue case red even while paused or due soon', () => {
    expect(urgencyOf(clock({ overdue: true, paused: true }))).toBe('overdue');
    expect(urgencyOf(clock({ overdue: true, dueSoon: true }))).toBe('overdue');
  });

  it('shows a paused clock as paused, not due soon, and without highlight', () => {
    expect(urgencyOf(clock({ paused: true, dueSoon: true }))).toBe('paused');
    expect(urgencyRowClass('paused')).toBe('');
    expect(urgencyColor('paused')).toBe('blue');
  });

  it('leaves running and not yet accepted cases plain', () => {
    expect(urgencyOf(clock({}))).toBe('normal');
    expect(urgencyOf(null)).toBe('notStarted');
    expect(urgencyRowClass('normal') + urgencyRowClass('notStarted')).toBe('');
    expect(urgencyColor('normal')).toBeNull();
  });
});

describe('urgency of a listed case', () => {
  it('counts only while the clock runs: a decided case is no longer overdue in the queue', () => {
    expect(caseUrgency('IN_REVIEW', clock({ overdue: true }))).toBe('overdue');
    expect(caseUrgency('ACCEPTED_WITH_DEFICIENCIES', clock({ paused: true }))).toBe('paused');
    expect(caseUrgency('DECIDED', clock({ overdue: true }))).toBe('normal');
    expect(caseUrgency('SUBMITTED', null)).toBe('notStarted');
    expect(['ACCEPTED', 'CONSULTING', 'DECIDED', 'CLOSED', 'PRE_REVIEW'].map((s) => clockRunning(s as never))).toEqual([true, true, false, false, false]);
  });
});

describe('late consultations', () => {
  it('is late only when unanswered after its due day', () => {
    const due = '2026-03-10T00:00:00Z';
    expect(consultationLate({ answer: 'PENDING', dueOn: due }, '2026-03-10')).toBe(false);
    expect(consultationLate({ answer: 'PENDING', dueOn: due }, '2026-03-11')).toBe(true);
    expect(consultationLate({ answer: 'AGREE', dueOn: due }, '2026-03-11')).toBe(false);
  });

  it('takes today from the local calendar', () => {
    expect(todayYMD(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('workbench filter', () => {
  it('asks for every queue state by default and narrows to the chosen ones', () => {
    expect(queueWhere({ states: [] }).stateIn).toHaveLength(7);
    expect(queueWhere({ states: ['PRE_REVIEW'] })).toEqual({ stateIn: ['PRE_REVIEW'] });
  });

  it('adds the service item and searches number or title', () => {
    expect(queueWhere({ states: [], serviceItemID: '9', q: ' DQ-2026 ' })).toMatchObject({
      serviceItemID: '9',
      or: [{ numberContainsFold: 'DQ-2026' }, { titleContainsFold: 'DQ-2026' }],
    });
    expect(queueWhere({ states: [], q: '  ' }).or).toBeUndefined();
  });

  it('lists open follow-ups in any state for supervisors', () => {
    expect(queueWhere({ states: ['PRE_REVIEW'], followUps: true, serviceItemID: '9' })).toEqual({ followUp: 'OPEN', serviceItemID: '9' });
  });
});
