import { describe, expect, it } from 'vitest';
import zh from '../../../i18n/grantsStaff.zh';
import en from '../../../i18n/grantsStaff.en';

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

const placeholders = (s: string) => (s.match(/\{\{\s*\w+\s*\}\}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort().join();

// The same checks as i18n.test.ts, for the texts that load with these pages.
describe('venture-grant staff and expert texts', () => {
  const z = leaves(zh as unknown as Tree);
  const e = leaves(en as unknown as Tree);
  it('has the same keys in both languages', () => {
    expect([...z.keys()].filter((k) => !e.has(k))).toEqual([]);
    expect([...e.keys()].filter((k) => !z.has(k))).toEqual([]);
  });
  it('has no empty strings and the same placeholders', () => {
    expect([...z, ...e].filter(([, v]) => v.trim() === '').map(([k]) => k)).toEqual([]);
    expect([...z.keys()].filter((k) => placeholders(z.get(k) ?? '') !== placeholders(e.get(k) ?? ''))).toEqual([]);
  });
  it('is translated', () => {
    expect([...e].filter(([, v]) => /[\u4e00-\u9fff]/.test(v)).map(([k]) => k)).toEqual([]);
  });
});
