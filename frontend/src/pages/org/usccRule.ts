import type { TFunction } from 'i18next';
import { checkUscc, type UsccProblem } from '../../lib/uscc';

/** The localised message for a USCC problem (it names the expected check character). */
export function usccMessage(p: UsccProblem, t: TFunction): string {
  switch (p.reason) {
    case 'empty':
      return t('uscc.empty');
    case 'length':
      return t('uscc.length', { length: p.length });
    case 'charset':
      if (p.hint === 'lowercase') return t('uscc.charsetLower', { position: p.position, char: p.char });
      if (p.hint === 'excluded') return t('uscc.charsetExcluded', { position: p.position, char: p.char });
      return t('uscc.charset', { position: p.position, char: p.char });
    case 'authority':
      return t('uscc.authority', { char: p.char });
    case 'division':
      return t('uscc.division', { position: p.position, char: p.char });
    case 'check':
      return t('uscc.check', { expected: p.expected, actual: p.actual });
  }
}

/** An antd Form rule validating a unified social credit code. */
export function usccRule(t: TFunction) {
  return {
    validator: (_: unknown, value: unknown) => {
      const problem = checkUscc(typeof value === 'string' ? value : '');
      return problem ? Promise.reject(new Error(usccMessage(problem, t))) : Promise.resolve();
    },
  };
}
