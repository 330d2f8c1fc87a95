import { describe, expect, it } from 'vitest';
import zh from './partyWork.zh';
import en from './partyWork.en';

// The guidance officer's and NGO's party-building texts load with their
// pages (partyWork.ts); the same checks as i18n.test.ts, for them.
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

describe('party work texts', () => {
  const zhKeys = leaves(zh as unknown as Tree);
  const enKeys = leaves(en as unknown as Tree);

  it('has the same keys in both languages', () => {
    expect([...zhKeys.keys()].filter((k) => !enKeys.has(k))).toEqual([]);
    expect([...enKeys.keys()].filter((k) => !zhKeys.has(k))).toEqual([]);
  });

  it('has no empty strings and the same placeholders', () => {
    expect([...zhKeys, ...enKeys].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    const differ = [...zhKeys.keys()].filter((k) => placeholders(zhKeys.get(k) ?? '').join() !== placeholders(enKeys.get(k) ?? '').join());
    expect(differ).toEqual([]);
  });

  it('is a real translation', () => {
    expect([...enKeys].filter(([, v]) => /[\u4e00-\u9fff]/.test(v)).map(([k]) => k)).toEqual([]);
  });
});
