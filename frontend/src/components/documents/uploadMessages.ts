import type { TFunction } from 'i18next';
import { describeError } from '../../lib/errors';
import { formatFileSize, type AppLocale } from '../../lib/format';
import { acceptedExtensions, type DocumentLimits, type Precheck } from './fileChecks';
import type { UploadStepError } from './uploadFlow';
import { UploadPostError } from './uploadPost';

/** Why a file was refused before sending, in the UI language. */
export function precheckMessage(check: Exclude<Precheck, { ok: true }>, limits: DocumentLimits, t: TFunction, lang: AppLocale): string {
  switch (check.reason) {
    case 'type':
      return t('documents.uploader.badType', { types: acceptedExtensions(limits).join(', ') });
    case 'empty':
      return t('documents.uploader.empty');
    case 'tooLarge':
      return t('documents.uploader.tooLarge', { max: formatFileSize(check.maxSize, lang) });
  }
}

/** Whether the failure was the user's own cancel (shown quietly, not as an error). */
export function isCancel(err: UploadStepError): boolean {
  const c = err.cause;
  return (c instanceof UploadPostError && c.kind === 'aborted') || (c instanceof DOMException && c.name === 'AbortError');
}

/**
 * Why an upload failed, in the UI language. GraphQL errors go through the
 * app's error helper (the server's text only where it is written for people).
 */
export function uploadFailureMessage(err: UploadStepError, t: TFunction): string {
  if (err.api) return describeError(err.api, (k) => t(k));
  if (isCancel(err)) return t('documents.uploader.cancelled');
  if (err.step === 'hash') return t('documents.uploader.hashFailed');
  const c = err.cause;
  if (c instanceof UploadPostError) {
    if (c.kind === 'network' || c.kind === 'timeout') return t('documents.uploader.networkFailed');
    if (c.status === 413 || c.storageCode === 'EntityTooLarge') return t('documents.uploader.storageTooLarge');
    return t('documents.uploader.storageRefused', { status: c.status });
  }
  return t('errors.UNKNOWN');
}
