import type { HashReply } from './sha256.worker';
import { sha256Blob } from './sha256';

/**
 * SHA-256 of a file in a Web Worker, one worker per file (terminated when
 * done or cancelled). Where workers are missing (tests, very old
 * browsers) it hashes on the main thread instead.
 */
export function hashFile(file: Blob, onProgress?: (fraction: number) => void, signal?: AbortSignal): Promise<string> {
  if (typeof Worker === 'undefined') return sha256Blob(file, onProgress, undefined, signal);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./sha256.worker.ts', import.meta.url), { type: 'module' });
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(new DOMException('hashing cancelled', 'AbortError'));
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (e: MessageEvent<HashReply>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress?.(m.fraction);
      else if (m.type === 'done') {
        finish();
        resolve(m.hex);
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'hash worker failed'));
    };
    worker.postMessage({ file });
  });
}
