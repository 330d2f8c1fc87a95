import { useCallback, useEffect, useRef, useState } from 'react';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { firstApiError } from '../../lib/errors';
import { currentLanguage } from '../../i18n';
import type { DocumentFieldsFragment } from '../../gql/graphql';
import { CompleteDocumentUploadDocument, RequestDocumentUploadDocument } from './documentsApi';
import { precheckFile, type DocumentLimits } from './fileChecks';
import { hashFile } from './hashFile';
import { postUploadForm } from './uploadPost';
import {
  UploadStepError,
  abortableSleep,
  runUpload,
  type UploadDeps,
  type UploadProgress,
  type UploadTarget,
} from './uploadFlow';
import { isCancel, precheckMessage, uploadFailureMessage } from './uploadMessages';

export type UploadStatus =
  | 'rejected'
  | 'queued'
  | 'hashing'
  | 'uploading'
  | 'completing'
  | 'done'
  | 'failed'
  | 'cancelled';

export interface UploadItem {
  key: string;
  name: string;
  size: number;
  status: UploadStatus;
  /** 0–100: hashing progress while hashing, bytes sent afterwards. */
  percent: number;
  /** Refusal or failure reason, already translated. */
  message?: string;
  /** Automatic retry number in progress (1-based), if any. */
  retry?: number;
}

interface Task {
  file: File;
  contentType: string;
  progress: UploadProgress;
  controller?: AbortController;
  target?: UploadTarget;
}

let nextKey = 0;

/** The POST gets this long without finishing before it counts as a network failure (then retried). */
const POST_TIMEOUT_MS = 30 * 60_000;

/**
 * Upload queue for the upload dialog: files are checked when added, then
 * uploaded one after another when `start` is called; failed ones can be
 * retried by hand. `onUploaded` runs after each document is stored.
 */
export function useDocumentUploader(limits: DocumentLimits | undefined, onUploaded: (doc: DocumentFieldsFragment) => void) {
  const client = useClient();
  const { t } = useTranslation();
  const [items, setItems] = useState<UploadItem[]>([]);
  const tasks = useRef(new Map<string, Task>());
  const onUploadedRef = useRef(onUploaded);
  useEffect(() => {
    onUploadedRef.current = onUploaded;
  }, [onUploaded]);

  const patch = useCallback((key: string, p: Partial<UploadItem>) => {
    setItems((list) => list.map((it) => (it.key === key ? { ...it, ...p } : it)));
  }, []);

  // Leaving the dialog stops whatever is still running, and what waits never starts.
  const disposed = useRef(false);
  useEffect(() => {
    const running = tasks.current;
    disposed.current = false;
    return () => {
      disposed.current = true;
      running.forEach((task) => task.controller?.abort());
    };
  }, []);

  const add = useCallback(
    (files: readonly File[], single: boolean) => {
      if (!limits) return;
      const lang = currentLanguage();
      const added: UploadItem[] = [];
      // A new version takes one file: the newest choice replaces any still waiting.
      for (const file of single ? files.slice(-1) : files) {
        const key = `u${++nextKey}`;
        const check = precheckFile(file, limits);
        if (check.ok) tasks.current.set(key, { file, contentType: check.contentType, progress: { posted: false } });
        added.push({
          key,
          name: file.name,
          size: file.size,
          status: check.ok ? 'queued' : 'rejected',
          percent: 0,
          message: check.ok ? undefined : precheckMessage(check, limits, t, lang),
        });
      }
      setItems((list) => {
        const replaced = single ? list.filter((it) => it.status === 'queued' || it.status === 'rejected') : [];
        for (const it of replaced) tasks.current.delete(it.key);
        return [...list.filter((it) => !replaced.includes(it)), ...added];
      });
    },
    [limits, t],
  );

  const remove = useCallback((key: string) => {
    tasks.current.get(key)?.controller?.abort();
    tasks.current.delete(key);
    setItems((list) => list.filter((it) => it.key !== key));
  }, []);

  const deps: UploadDeps<DocumentFieldsFragment> = {
    hash: hashFile,
    requestForm: async (input) => {
      const res = await client.mutation(RequestDocumentUploadDocument, { input }).toPromise();
      if (res.error || !res.data) throw res.error ? firstApiError(res.error) : new Error('no data');
      return res.data.requestDocumentUpload;
    },
    post: (form, blob, filename, onProgress, signal) =>
      postUploadForm(form, blob, filename, { onProgress, signal, timeoutMs: POST_TIMEOUT_MS }),
    complete: async (uploadID) => {
      const res = await client.mutation(CompleteDocumentUploadDocument, { uploadID }).toPromise();
      if (res.error || !res.data) throw res.error ? firstApiError(res.error) : new Error('no data');
      return res.data.completeDocumentUpload;
    },
    sleep: abortableSleep,
    now: () => Date.now(),
  };
  const depsRef = useRef(deps);
  useEffect(() => {
    depsRef.current = deps;
  });

  const runOne = useCallback(
    async (key: string): Promise<boolean> => {
      const task = tasks.current.get(key);
      if (!task?.target) return false;
      const controller = new AbortController();
      task.controller = controller;
      patch(key, { status: 'hashing', percent: 0, message: undefined, retry: undefined });
      try {
        const doc = await runUpload(
          { blob: task.file, name: task.file.name, contentType: task.contentType },
          task.target,
          depsRef.current,
          task.progress,
          (e) => {
            if (e.type === 'step') {
              if (e.step === 'hash') patch(key, { status: 'hashing', percent: 0 });
              else if (e.step === 'complete') patch(key, { status: 'completing', percent: 100 });
              // Each POST starts from zero (the percent so far was the hashing's).
              else patch(key, { status: 'uploading', percent: 0 });
            } else if (e.type === 'hashProgress') patch(key, { percent: Math.floor(e.fraction * 100) });
            else if (e.type === 'postProgress') patch(key, { percent: e.total ? Math.floor((e.loaded / e.total) * 100) : 0 });
            else patch(key, { retry: e.attempt, percent: 0 });
          },
          controller.signal,
        );
        patch(key, { status: 'done', percent: 100, retry: undefined });
        onUploadedRef.current(doc);
        return true;
      } catch (err) {
        const e = err instanceof UploadStepError ? err : new UploadStepError('post', { cause: err });
        patch(key, {
          status: isCancel(e) ? 'cancelled' : 'failed',
          message: uploadFailureMessage(e, t),
          retry: undefined,
        });
        return false;
      } finally {
        task.controller = undefined;
      }
    },
    [patch, t],
  );

  /** Uploads every waiting file in turn; resolves to whether all of them succeeded. */
  const start = useCallback(
    async (targetFor: (file: File) => UploadTarget): Promise<boolean> => {
      const waiting = items.filter((it) => it.status === 'queued');
      let ok = true;
      for (const it of waiting) {
        if (disposed.current) return false;
        const task = tasks.current.get(it.key);
        if (!task) continue;
        task.target = targetFor(task.file);
        ok = (await runOne(it.key)) && ok;
      }
      return ok;
    },
    [items, runOne],
  );

  /**
   * Tries a failed upload again from the step that failed. The current form
   * values apply if the server has not yet issued an upload form for it.
   */
  const retry = useCallback(
    (key: string, targetFor?: (file: File) => UploadTarget) => {
      const task = tasks.current.get(key);
      if (task && targetFor) task.target = targetFor(task.file);
      return runOne(key);
    },
    [runOne],
  );

  const cancel = useCallback((key: string) => tasks.current.get(key)?.controller?.abort(), []);

  const busy = items.some((it) => it.status === 'hashing' || it.status === 'uploading' || it.status === 'completing');
  return { items, add, remove, start, retry, cancel, busy };
}
