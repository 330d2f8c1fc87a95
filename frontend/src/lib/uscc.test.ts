import { describe, expect, it } from 'vitest';
import { USCC_ALPHABET, USCC_WEIGHTS, checkUscc, completeUscc, normalizeUscc, usccCheckChar } from './uscc';

describe('USCC (GB 32100-2015)', () => {
  it('has the 31-character alphabet without I, O, S, V, Z', () => {
    expect(USCC_ALPHABET).toHaveLength(31);
    for (const c of 'IOSVZ') expect(USCC_ALPHABET).not.toContain(c);
  });

  it('uses weights 3^(i-1) mod 31', () => {
    expect(USCC_WEIGHTS).toEqual([1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]);
  });

  it.each([
    '91350100M000100Y43', // the standard's worked example
    '91440300708461136T',
    '914403001922038216',
    '91330100716105852F',
  ])('accepts the real code %s', (code) => {
    expect(checkUscc(code)).toBeNull();
  });

  it('computes the check character', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
    expect(usccCheckChar('9135010')).toBeNull();
    expect(usccCheckChar('91350100M000100I4')).toBeNull();
  });

  it('reports a wrong check character with the expected one', () => {
    expect(checkUscc('91350100M000100Y44')).toEqual({ reason: 'check', expected: '3', actual: '4' });
    expect(checkUscc('91440300708461137T')).toMatchObject({ reason: 'check', actual: 'T' });
  });

  it('reports length, charset, authority and division problems', () => {
    expect(checkUscc('')).toEqual({ reason: 'empty' });
    expect(checkUscc('91350100M000100Y430')).toEqual({ reason: 'length', length: 19 });
    expect(checkUscc('91350100m000100Y43')).toEqual({ reason: 'charset', position: 9, char: 'm', hint: 'lowercase' });
    expect(checkUscc('91350100M000100O43')).toEqual({ reason: 'charset', position: 16, char: 'O', hint: 'excluded' });
    expect(checkUscc('91350100-000100Y43')).toEqual({ reason: 'charset', position: 9, char: '-' });
    expect(checkUscc('01350100M000100Y43')).toEqual({ reason: 'authority', char: '0' });
    expect(checkUscc('913501A0M000100Y43')).toEqual({ reason: 'division', position: 7, char: 'A' });
  });

  it('counts characters, not UTF-16 units or bytes', () => {
    expect(checkUscc('９1350100M000100Y43')).toMatchObject({ reason: 'charset', position: 1 });
  });

  it('normalises pasted input', () => {
    expect(normalizeUscc('  ９1350100m000100y43\u3000')).toBe('91350100M000100Y43');
  });

  it('builds valid codes for social organisations', () => {
    const full = completeUscc('51330521MJ0000001');
    expect(full).toHaveLength(18);
    expect(checkUscc(full)).toBeNull();
  });

  it('catches every single-character substitution in the check character', () => {
    const valid = '91350100M000100Y43';
    for (const c of USCC_ALPHABET) {
      if (c === '3') continue;
      expect(checkUscc(valid.slice(0, 17) + c)?.reason).toBe('check');
    }
  });
});
