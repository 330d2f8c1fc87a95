/**
 * The browser's half of an upload: POST the form the server issued
 * (requestDocumentUpload) straight to object storage. XMLHttpRequest rather
 * than fetch because only it reports upload progress.
 */

export interface UploadFormField {
  name: string;
  value: string;
}

/** What requestDocumentUpload answers. */
export interface UploadForm {
  uploadID: string;
  url: string;
  method: string;
  fields: readonly UploadFormField[];
  fileField: string;
  /** RFC 3339, server clock. */
  expiresAt: string;
  maxSize: number;
}

/**
 * The multipart body: every field in the order given, then the file last.
 * The order matters: S3/MinIO POST policies ignore anything after the file
 * part, so a field placed after it would be missing from the signature check.
 */
export function buildUploadBody(form: Pick<UploadForm, 'fields' | 'fileField'>, file: Blob, filename: string): FormData {
  const body = new FormData();
  for (const f of form.fields) body.append(f.name, f.value);
  body.append(form.fileField, file, filename);
  return body;
}

export type PostFailureKind = 'network' | 'timeout' | 'aborted' | 'http';

/** A failed POST; `status` is the HTTP status for kind "http". */
export class UploadPostError extends Error {
  readonly kind: PostFailureKind;
  readonly status: number;
  /** S3-style error code from the XML body (e.g. AccessDenied, EntityTooLarge), when there is one. */
  readonly storageCode: string;

  constructor(kind: PostFailureKind, status = 0, storageCode = '') {
    super(kind === 'http' ? `upload failed: HTTP ${status}${storageCode ? ` ${storageCode}` : ''}` : `upload failed: ${kind}`);
    this.name = 'UploadPostError';
    this.kind = kind;
    this.status = status;
    this.storageCode = storageCode;
  }
}

/** Reads <Code>…</Code> from an S3/MinIO error body. */
export function storageErrorCode(body: string): string {
  const m = /<Code>([^<]{1,100})<\/Code>/.exec(body);
  return m ? m[1] : '';
}

export interface PostOptions {
  onProgress?: (loaded: number, total: number) => void;
  signal?: AbortSignal;
  /** Milliseconds without completion before giving up; 0 = no limit. */
  timeoutMs?: number;
  /** For tests. */
  xhr?: () => XMLHttpRequest;
}

/** Sends the file; resolves on any 2xx (MinIO answers 204), rejects with UploadPostError. */
export function postUploadForm(form: UploadForm, file: Blob, filename: string, opts: PostOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(new UploadPostError('aborted'));
      return;
    }
    const xhr = opts.xhr ? opts.xhr() : new XMLHttpRequest();
    xhr.open(form.method || 'POST', form.url);
    // The form's own signature authorises the upload. Object storage is
    // usually another origin: the session cookie must not go there (and a
    // credentialed request would need CORS to allow credentials).
    xhr.withCredentials = false;
    if (opts.timeoutMs) xhr.timeout = opts.timeoutMs;
    const onAbort = () => xhr.abort();
    opts.signal?.addEventListener('abort', onAbort, { once: true });
    const done = (err?: UploadPostError) => {
      opts.signal?.removeEventListener('abort', onAbort);
      if (err) reject(err);
      else resolve();
    };
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) opts.onProgress?.(e.loaded, e.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) done();
      else done(new UploadPostError('http', xhr.status, storageErrorCode(String(xhr.responseText ?? ''))));
    };
    xhr.onerror = () => done(new UploadPostError('network'));
    xhr.ontimeout = () => done(new UploadPostError('timeout'));
    xhr.onabort = () => done(new UploadPostError('aborted'));
    // No Content-Type header: the browser writes multipart/form-data with its boundary.
    xhr.send(buildUploadBody(form, file, filename));
  });
}
