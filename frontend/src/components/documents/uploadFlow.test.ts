import { describe, expect, it } from 'vitest';
import { runUpload, UploadStepError, type UploadDeps, type UploadProgress, type UploadRequest } from './uploadFlow';
import { UploadPostError, type UploadForm } from './uploadPost';
import type { ApiError } from '../../lib/errors';

const NOW = Date.parse('2025-03-01T08:00:00Z');

function apiError(code: ApiError['code']): ApiError {
  return { code, message: code, extensions: { code } };
}

/** Fakes of every step, recording what was called; `postResults` / `completeResults` script the answers. */
function fakes(opts: { postResults?: (UploadPostError | null)[]; completeResults?: (ApiError | null)[] } = {}) {
  const log: string[] = [];
  const requests: UploadRequest[] = [];
  const sleeps: number[] = [];
  const posts = [...(opts.postResults ?? [])];
  const completes = [...(opts.completeResults ?? [])];
  let forms = 0;
  const clock = { now: NOW };
  const deps: UploadDeps<{ id: string }> = {
    hash: async (_blob, onProgress) => {
      log.push('hash');
      onProgress(1);
      return 'ab'.repeat(32);
    },
    requestForm: async (input) => {
      forms++;
      log.push(`request#${forms}`);
      requests.push(input);
      const form: UploadForm = {
        uploadID: `up${forms}`,
        url: '/files/upload',
        method: 'POST',
        fields: [{ name: 'token', value: `t${forms}` }],
        fileField: 'file',
        expiresAt: new Date(clock.now + 15 * 60_000).toISOString(),
        maxSize: 1 << 20,
      };
      return form;
    },
    post: async (form, _blob, _name, onProgress) => {
      log.push(`post:${form.uploadID}`);
      const r = posts.shift() ?? null;
      if (r) throw r;
      onProgress(5, 5);
    },
    complete: async (uploadID) => {
      log.push(`complete:${uploadID}`);
      const r = completes.shift() ?? null;
      if (r) throw r;
      return { id: 'doc1' };
    },
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    now: () => clock.now,
  };
  return { deps, log, requests, sleeps, clock };
}

const file = { blob: new Blob(['%PDF-1.4 x']), name: '登记证书.pdf', contentType: 'application/pdf' };
const target = { organizationID: 'org1', category: 'REGISTRATION_CERTIFICATE' as const, title: '登记证书' };
const run = (deps: UploadDeps<{ id: string }>, progress: UploadProgress, signal = new AbortController().signal) =>
  runUpload(file, target, deps, progress, () => undefined, signal);

describe('upload flow', () => {
  it('hashes, asks for a form with the file’s facts, posts, completes', async () => {
    const f = fakes();
    await expect(run(f.deps, { posted: false })).resolves.toEqual({ id: 'doc1' });
    expect(f.log).toEqual(['hash', 'request#1', 'post:up1', 'complete:up1']);
    expect(f.requests[0]).toEqual({
      ...target,
      filename: '登记证书.pdf',
      contentType: 'application/pdf',
      size: file.blob.size,
      sha256: 'ab'.repeat(32),
    });
  });

  it('retries a POST that lost the network twice, with backoff, on the same form', async () => {
    const f = fakes({ postResults: [new UploadPostError('network'), new UploadPostError('http', 503)] });
    await run(f.deps, { posted: false });
    expect(f.log).toEqual(['hash', 'request#1', 'post:up1', 'post:up1', 'post:up1', 'complete:up1']);
    expect(f.sleeps).toEqual([1_000, 4_000]);
  });

  it('gives up after three tries, and a manual retry goes on with the same hash and form', async () => {
    const net = () => new UploadPostError('network');
    const f = fakes({ postResults: [net(), net(), net()] });
    const progress: UploadProgress = { posted: false };
    const err = await run(f.deps, progress).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadStepError);
    expect((err as UploadStepError).step).toBe('post');
    expect(f.log.filter((s) => s.startsWith('post')).length).toBe(3);

    f.log.length = 0;
    await run(f.deps, progress);
    expect(f.log).toEqual(['post:up1', 'complete:up1']);
  });

  it('asks for a fresh form on a manual retry once the old one has expired', async () => {
    const f = fakes({ postResults: [new UploadPostError('network'), new UploadPostError('network'), new UploadPostError('network')] });
    const progress: UploadProgress = { posted: false };
    await run(f.deps, progress).catch(() => undefined);
    f.clock.now += 20 * 60_000;
    f.log.length = 0;
    await run(f.deps, progress);
    expect(f.log).toEqual(['request#2', 'post:up2', 'complete:up2']);
  });

  it('replaces a form that storage refuses with 403 without waiting', async () => {
    const f = fakes({ postResults: [new UploadPostError('http', 403, 'AccessDenied')] });
    await run(f.deps, { posted: false });
    expect(f.log).toEqual(['hash', 'request#1', 'post:up1', 'request#2', 'post:up2', 'complete:up2']);
    expect(f.sleeps).toEqual([]);
  });

  it('does not retry a POST that storage refuses for its content', async () => {
    const f = fakes({ postResults: [new UploadPostError('http', 400, 'EntityTooLarge')] });
    await expect(run(f.deps, { posted: false })).rejects.toMatchObject({ step: 'post' });
    expect(f.log).toEqual(['hash', 'request#1', 'post:up1']);
  });

  it('repeats only the completion after a transient completion failure', async () => {
    const f = fakes({ completeResults: [apiError('UNAVAILABLE')] });
    const progress: UploadProgress = { posted: false };
    await expect(run(f.deps, progress)).rejects.toMatchObject({ step: 'complete', api: { code: 'UNAVAILABLE' } });
    f.log.length = 0;
    await run(f.deps, progress);
    expect(f.log).toEqual(['complete:up1']);
  });

  it('starts over when the server refused the stored file', async () => {
    const f = fakes({ completeResults: [apiError('BAD_USER_INPUT')] });
    const progress: UploadProgress = { posted: false };
    await expect(run(f.deps, progress)).rejects.toMatchObject({ step: 'complete' });
    expect(progress).toEqual({ posted: false, sha256: undefined, form: undefined });
    f.log.length = 0;
    await run(f.deps, progress);
    expect(f.log).toEqual(['hash', 'request#2', 'post:up2', 'complete:up2']);
  });

  it('reports a refused form request as that step’s API error', async () => {
    const f = fakes();
    f.deps.requestForm = async () => {
      throw apiError('FORBIDDEN');
    };
    await expect(run(f.deps, { posted: false })).rejects.toMatchObject({ step: 'request', api: { code: 'FORBIDDEN' } });
  });
});
