/**
 * One file's upload from start to finish, independent of React and urql so
 * the sequence and its retries can be tested with fakes:
 *
 *   hash (worker) → requestDocumentUpload → POST to storage (automatic
 *   retries) → completeDocumentUpload
 *
 * Progress made survives a failure in `UploadProgress`, so the manual
 * "retry" goes on from the step that failed instead of starting over.
 */
import type { DocumentCategory } from '../../gql/graphql';
import type { ApiError } from '../../lib/errors';
import { formExpired, postRetryDecision } from './retryPolicy';
import type { UploadForm } from './uploadPost';

/** What the upload is for, besides the file itself. */
export interface UploadTarget {
  /** A new document of this organisation… */
  organizationID?: string;
  /** …or of another kind of owner (party_visit, party_activity: their photos)… */
  ownerKind?: string;
  ownerID?: string;
  /** …or a new version of this document. */
  documentID?: string;
  category?: DocumentCategory;
  title?: string;
  /** RFC 3339 (API Time). */
  expiresOn?: string;
}

export interface UploadRequest extends UploadTarget {
  filename: string;
  contentType: string;
  size: number;
  sha256: string;
}

export type Step = 'hash' | 'request' | 'post' | 'complete';

/** A failed step: an API error for the GraphQL steps, the thrown error for hash and post. */
export class UploadStepError extends Error {
  readonly step: Step;
  readonly api?: ApiError;
  readonly cause?: unknown;

  constructor(step: Step, detail: { api?: ApiError; cause?: unknown }) {
    super(`upload ${step} failed: ${detail.api ? detail.api.code : String(detail.cause)}`);
    this.name = 'UploadStepError';
    this.step = step;
    this.api = detail.api;
    this.cause = detail.cause;
  }
}

export interface UploadDeps<Doc> {
  hash(file: Blob, onProgress: (fraction: number) => void, signal: AbortSignal): Promise<string>;
  /** Rejects with the API error. */
  requestForm(input: UploadRequest): Promise<UploadForm>;
  post(form: UploadForm, file: Blob, filename: string, onProgress: (loaded: number, total: number) => void, signal: AbortSignal): Promise<void>;
  /** Rejects with the API error. */
  complete(uploadID: string): Promise<Doc>;
  sleep(ms: number, signal: AbortSignal): Promise<void>;
  now(): number;
}

export interface UploadFile {
  blob: Blob;
  name: string;
  contentType: string;
}

/** What has been done so far; kept by the caller between tries. */
export interface UploadProgress {
  sha256?: string;
  form?: UploadForm;
  /** The file reached storage with `form`; only completion is left. */
  posted: boolean;
}

export type UploadEvent =
  | { type: 'step'; step: Step }
  | { type: 'hashProgress'; fraction: number }
  | { type: 'postProgress'; loaded: number; total: number }
  /** An automatic retry of the POST is coming after delayMs. */
  | { type: 'retrying'; attempt: number; delayMs: number };

function isApiError(v: unknown): v is ApiError {
  return typeof v === 'object' && v !== null && 'code' in v && 'extensions' in v;
}

function stepError(step: Step, err: unknown): UploadStepError {
  if (err instanceof UploadStepError) return err;
  return new UploadStepError(step, isApiError(err) ? { api: err } : { cause: err });
}

async function attempt<T>(step: Step, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw stepError(step, err);
  }
}

export async function runUpload<Doc>(
  file: UploadFile,
  target: UploadTarget,
  deps: UploadDeps<Doc>,
  progress: UploadProgress,
  emit: (e: UploadEvent) => void,
  signal: AbortSignal,
): Promise<Doc> {
  if (!progress.sha256) {
    emit({ type: 'step', step: 'hash' });
    progress.sha256 = await attempt('hash', () =>
      deps.hash(file.blob, (fraction) => emit({ type: 'hashProgress', fraction }), signal),
    );
  }
  const sha256 = progress.sha256;
  const freshForm = async () => {
    emit({ type: 'step', step: 'request' });
    progress.form = await attempt('request', () =>
      deps.requestForm({
        ...target,
        filename: file.name,
        contentType: file.contentType,
        size: file.blob.size,
        sha256,
      }),
    );
    progress.posted = false;
    return progress.form;
  };

  if (!progress.posted) {
    for (let tries = 0; ; tries++) {
      const form = progress.form && !formExpired(progress.form, deps.now()) ? progress.form : await freshForm();
      emit({ type: 'step', step: 'post' });
      try {
        await deps.post(form, file.blob, file.name, (loaded, total) => emit({ type: 'postProgress', loaded, total }), signal);
        progress.posted = true;
        break;
      } catch (err) {
        const decision = postRetryDecision(err, tries);
        if (!decision.retry || signal.aborted) throw stepError('post', err);
        if (decision.freshForm) progress.form = undefined;
        emit({ type: 'retrying', attempt: tries + 1, delayMs: decision.delayMs });
        if (decision.delayMs > 0) await attempt('post', () => deps.sleep(decision.delayMs, signal));
      }
    }
  }

  emit({ type: 'step', step: 'complete' });
  const form = progress.form;
  if (!form) throw new UploadStepError('complete', { cause: new Error('no upload form') });
  try {
    return await deps.complete(form.uploadID);
  } catch (err) {
    const e = stepError('complete', err);
    forgetAfterCompleteFailure(progress, e);
    throw e;
  }
}

/**
 * After completeDocumentUpload failed: when the server refused the file
 * (it did not match what was declared, and was removed) or no longer knows
 * the upload, a retry must start again from hashing; when the failure was
 * transient (network, storage unavailable) only completion is repeated.
 */
export function forgetAfterCompleteFailure(progress: UploadProgress, err: UploadStepError): void {
  const code = err.api?.code;
  if (code === 'BAD_USER_INPUT' || code === 'NOT_FOUND' || code === 'CONFLICT') {
    progress.sha256 = undefined;
    progress.form = undefined;
    progress.posted = false;
  }
}

/** A sleep that a cancel cuts short (and rejects). */
export function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new DOMException('cancelled', 'AbortError'));
      return;
    }
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(new DOMException('cancelled', 'AbortError'));
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
