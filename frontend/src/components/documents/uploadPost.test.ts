import { describe, expect, it } from 'vitest';
import { buildUploadBody, postUploadForm, storageErrorCode, UploadPostError, type UploadForm } from './uploadPost';

const form: UploadForm = {
  uploadID: '42',
  url: 'https://storage.example/bucket',
  method: 'POST',
  fields: [
    { name: 'key', value: 'uploads/42' },
    { name: 'policy', value: 'eyJ…' },
    { name: 'x-amz-signature', value: 'abc' },
    { name: 'Content-Type', value: 'application/pdf' },
  ],
  fileField: 'file',
  expiresAt: '2099-01-01T00:00:00Z',
  maxSize: 1024,
};

/** Just enough of XMLHttpRequest to see what is sent and to answer. */
class FakeXHR {
  static last: FakeXHR;
  method = '';
  url = '';
  withCredentials = true;
  timeout = 0;
  status = 0;
  responseText = '';
  body: FormData | null = null;
  aborted = false;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXHR.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
  }
  abort() {
    this.aborted = true;
    this.onabort?.();
  }
  answer(status: number, text = '') {
    this.status = status;
    this.responseText = text;
    this.onload?.();
  }
}

const xhr = () => new FakeXHR() as unknown as XMLHttpRequest;
const pdf = () => new File(['%PDF-1.4\n%%EOF\n'], '章程.pdf', { type: 'application/pdf' });

describe('upload form POST', () => {
  it('puts every field in the given order, then the file last under fileField', () => {
    const body = buildUploadBody(form, pdf(), '章程.pdf');
    const entries = [...body.entries()];
    expect(entries.map(([k]) => k)).toEqual(['key', 'policy', 'x-amz-signature', 'Content-Type', 'file']);
    expect(entries.slice(0, 4).map(([, v]) => v)).toEqual(['uploads/42', 'eyJ…', 'abc', 'application/pdf']);
    const file = entries[4][1] as File;
    expect(file.name).toBe('章程.pdf');
    expect(file.size).toBe(pdf().size);
  });

  it('sends to the form’s URL without credentials, reports progress and resolves on 204', async () => {
    const progress: [number, number][] = [];
    const done = postUploadForm(form, pdf(), '章程.pdf', { xhr, onProgress: (l, t) => progress.push([l, t]) });
    const x = FakeXHR.last;
    expect([x.method, x.url, x.withCredentials]).toEqual(['POST', 'https://storage.example/bucket', false]);
    expect([...(x.body as FormData).keys()].at(-1)).toBe('file');
    x.upload.onprogress?.({ lengthComputable: true, loaded: 10, total: 20 });
    x.upload.onprogress?.({ lengthComputable: false, loaded: 0, total: 0 });
    x.answer(204);
    await expect(done).resolves.toBeUndefined();
    expect(progress).toEqual([[10, 20]]);
  });

  it('rejects with the status and the storage error code', async () => {
    const done = postUploadForm(form, pdf(), '章程.pdf', { xhr });
    FakeXHR.last.answer(403, '<?xml version="1.0"?><Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>');
    const err = await done.catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UploadPostError);
    expect(err).toMatchObject({ kind: 'http', status: 403, storageCode: 'AccessDenied' });
  });

  it('tells network failures and cancels apart', async () => {
    const net = postUploadForm(form, pdf(), '章程.pdf', { xhr });
    FakeXHR.last.onerror?.();
    await expect(net).rejects.toMatchObject({ kind: 'network' });

    const ctl = new AbortController();
    const cancelled = postUploadForm(form, pdf(), '章程.pdf', { xhr, signal: ctl.signal });
    ctl.abort();
    await expect(cancelled).rejects.toMatchObject({ kind: 'aborted' });
    expect(FakeXHR.last.aborted).toBe(true);
  });

  it('reads S3 error codes', () => {
    expect(storageErrorCode('<Error><Code>EntityTooLarge</Code></Error>')).toBe('EntityTooLarge');
    expect(storageErrorCode('Bad Request')).toBe('');
  });
});
