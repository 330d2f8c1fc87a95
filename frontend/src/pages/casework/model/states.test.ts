import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import zh from '../../../i18n/casework.zh';
import en from '../../../i18n/casework.en';
import { CASE_ACTIONS, CASE_STATES, EVENT_ACTIONS, QUEUE_STATES, panelActions, progressOf } from './states';

/** The values of an enum in the server's schema files (the app's labels must cover every one). */
function schemaEnum(name: string): string[] {
  const graph = resolve(dirname(fileURLToPath(import.meta.url)), '../../../../../graph');
  const files = ['ent.graphqls', 'casework.graphqls'].map((f) => readFileSync(resolve(graph, f), 'utf8'));
  for (const text of files) {
    const m = new RegExp(`enum ${name}\\b[^{]*\\{([^}]*)\\}`).exec(text);
    if (m) {
      return m[1]
        .split('\n')
        .map((l) => l.replace(/"[^"]*"/g, '').trim())
        .filter((l) => /^[A-Z_]+$/.test(l));
    }
  }
  throw new Error(`enum ${name} not in the schema`);
}

describe('state and action labels', () => {
  it('knows every case state of the schema, with a label in both languages', () => {
    expect([...CASE_STATES].sort()).toEqual(schemaEnum('CaseState').sort());
    for (const s of CASE_STATES) {
      expect(zh.state[s], s).toBeTruthy();
      expect(en.state[s], s).toBeTruthy();
    }
  });

  it('knows every action of the schema, with a button label and a success message', () => {
    expect([...CASE_ACTIONS].sort()).toEqual(schemaEnum('CaseAction').sort());
    for (const a of CASE_ACTIONS) {
      expect(zh.action[a] && zh.done[a] && en.action[a] && en.done[a], a).toBeTruthy();
    }
  });

  it('names every timeline event, the server’s own steps included', () => {
    for (const a of EVENT_ACTIONS) expect(zh.event[a] && en.event[a], a).toBeTruthy();
  });

  it('labels every value of the other casework enums', () => {
    const pairs = [
      ['MaterialStatus', zh.materialStatus, en.materialStatus],
      ['CaseDecision', zh.decisionValue, en.decisionValue],
      ['CaseDeliveryMethod', zh.deliveryMethod, en.deliveryMethod],
      ['ConsultationAnswer', zh.answer, en.answer],
      ['CaseFollowUp', zh.followUp, en.followUp],
    ] as const;
    for (const [name, z, e] of pairs) {
      for (const v of schemaEnum(name)) expect((z as Record<string, string>)[v] && (e as Record<string, string>)[v], `${name}.${v}`).toBeTruthy();
    }
  });

  it('uses the terms of the one-window standard in Chinese', () => {
    expect(zh.state.SUBMITTED).toBe('待预审');
    expect(zh.action.ACCEPT_WITH_DEFICIENCIES).toBe('容缺受理');
    expect(zh.notice.title).toBe('一次性告知书');
    expect(zh.action.SUPPLEMENT).toBe('补正');
    expect(zh.action.CONSULT).toBe('征求意见');
    expect([zh.decisionValue.APPROVED, zh.decisionValue.REJECTED]).toEqual(['准予', '不予']);
    expect(zh.action.DELIVER).toBe('送达');
    expect(zh.action.RATE).toBe('评价');
  });
});

describe('queue and buttons', () => {
  it('queues the states a handler still works on', () => {
    expect(QUEUE_STATES).toEqual(['SUBMITTED', 'PRE_REVIEW', 'ACCEPTED', 'ACCEPTED_WITH_DEFICIENCIES', 'IN_REVIEW', 'CONSULTING', 'DECIDED']);
  });

  it('leaves to their own cards the actions that need a form there', () => {
    expect(panelActions(['RATE', 'WITHDRAW', 'SUBMIT'])).toEqual(['WITHDRAW']);
    expect(panelActions(['DECIDE', 'CONSULT', 'ACCEPT', 'RETURN'])).toEqual(['CONSULT', 'DECIDE']);
    expect(panelActions(['CLOSE', 'DELIVER'])).toEqual(['DELIVER', 'CLOSE']);
  });
});

describe('progress steps', () => {
  it('follows the state', () => {
    expect(progressOf('DRAFT', [])).toEqual({ current: 0, status: 'process' });
    expect(progressOf('PRE_REVIEW', [])).toEqual({ current: 1, status: 'process' });
    expect(progressOf('ACCEPTED_WITH_DEFICIENCIES', [])).toEqual({ current: 2, status: 'process' });
    expect(progressOf('CONSULTING', [])).toEqual({ current: 3, status: 'process' });
    expect(progressOf('CLOSED', [])).toEqual({ current: 6, status: 'finish' });
  });

  it('shows a returned case in error at pre-review', () => {
    expect(progressOf('RETURNED', [])).toEqual({ current: 1, status: 'error' });
  });

  it('stops a withdrawn case at the step it was withdrawn from', () => {
    const timeline = [
      { action: 'SUBMIT', fromState: 'DRAFT' },
      { action: 'WITHDRAW', fromState: 'IN_REVIEW' },
    ];
    expect(progressOf('WITHDRAWN', timeline)).toEqual({ current: 3, status: 'error' });
    expect(progressOf('WITHDRAWN', [])).toEqual({ current: 0, status: 'error' });
  });
});
