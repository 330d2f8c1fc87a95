import { describe, expect, it } from 'vitest';
import zh from './zh';
import en from './en';
import caseworkZh from './casework.zh';
import caseworkEn from './casework.en';
import incubationZh from './incubation.zh';
import incubationEn from './incubation.en';
import grantsZh from './grants.zh';
import grantsEn from './grants.en';
import partyZh from './party.zh';
import partyEn from './party.en';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const placeholders = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();

describe('i18n resources', () => {
  // The casework texts load with the casework pages, into the same tree.
  const zhKeys = leaves({ ...zh, casework: caseworkZh, incubation: incubationZh, grants: grantsZh, party: partyZh } as unknown as Tree);
  const enKeys = leaves({ ...en, casework: caseworkEn, incubation: incubationEn, grants: grantsEn, party: partyEn } as unknown as Tree);

  it('has every zh key in en', () => {
    const missing = [...zhKeys.keys()].filter((k) => !enKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('has every en key in zh', () => {
    const missing = [...enKeys.keys()].filter((k) => !zhKeys.has(k));
    expect(missing).toEqual([]);
  });

  it('has no empty strings', () => {
    const empty = [...zhKeys, ...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same placeholders in both languages', () => {
    const differ = [...zhKeys.keys()].filter(
      (k) => enKeys.has(k) && placeholders(zhKeys.get(k) ?? '').join() !== placeholders(enKeys.get(k) ?? '').join(),
    );
    expect(differ).toEqual([]);
  });

  it('is a real translation: most English strings are not Chinese', () => {
    const chinese = [...enKeys].filter(([k, v]) => /[\u4e00-\u9fff]/.test(v) && !k.startsWith('lang.'));
    expect(chinese.map(([k]) => k)).toEqual([]);
  });
});
