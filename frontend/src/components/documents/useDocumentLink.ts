import { useCallback } from 'react';
import { useClient } from 'urql';
import { firstApiError, type ApiError } from '../../lib/errors';
import { DocumentDownloadURLDocument } from './documentsApi';

/**
 * Fetches a fresh download link for a version. Never cached: each link is
 * short-lived and each issue is recorded in the audit trail, so it is asked
 * for on the click, not with the list.
 */
export function useDocumentLink() {
  const client = useClient();
  return useCallback(
    async (versionID: string, inline: boolean): Promise<{ url: string } | { error: ApiError }> => {
      const res = await client
        .query(DocumentDownloadURLDocument, { id: versionID, inline }, { requestPolicy: 'network-only' })
        .toPromise();
      if (res.error) return { error: firstApiError(res.error) };
      const node = res.data?.node;
      if (node?.__typename !== 'DocumentVersion') return { error: { code: 'NOT_FOUND', message: '', extensions: {} } };
      return { url: node.downloadURL };
    },
    [client],
  );
}

/**
 * Starts the download. The link answers with Content-Disposition:
 * attachment, so following it saves the file without leaving the page.
 */
export function followDownload(url: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
}
