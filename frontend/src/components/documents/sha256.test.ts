import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Blob } from './sha256';

describe('incremental SHA-256', () => {
  it('gives the standard digest', async () => {
    expect(await sha256Blob(new Blob(['abc']))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(await sha256Blob(new Blob([]))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('gives the same digest whatever the chunk size, and reports progress up to 1', async () => {
    const bytes = new Uint8Array(100_003).map((_, i) => (i * 31 + 7) & 0xff);
    const want = createHash('sha256').update(bytes).digest('hex');
    const progress: number[] = [];
    expect(await sha256Blob(new Blob([bytes]), (f) => progress.push(f), 4096)).toBe(want);
    expect(await sha256Blob(new Blob([bytes]), undefined, 7)).toBe(want);
    expect(progress.length).toBe(Math.ceil(bytes.length / 4096));
    expect(progress[progress.length - 1]).toBe(1);
  });

  it('stops when cancelled', async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(sha256Blob(new Blob(['abc']), undefined, 1, ctl.signal)).rejects.toThrow(/cancelled/);
  });
});
