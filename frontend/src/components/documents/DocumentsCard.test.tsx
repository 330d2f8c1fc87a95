import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { ApiProvider } from '../../api/ApiProvider';
import { fakeApi } from '../../test/fakeApi';
import type { DocumentAccess } from '../../auth/permissions';
import { DocumentsCard } from './DocumentsCard';

/** XMLHttpRequest stand-in answering each POST from a script (null = network failure). */
class ScriptedXHR {
  static sent: ScriptedXHR[] = [];
  static script: (number | null)[] = [];
  method = '';
  url = '';
  withCredentials = true;
  timeout = 0;
  status = 0;
  responseText = '';
  body: FormData | null = null;
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  ontimeout: (() => void) | null = null;
  onabort: (() => void) | null = null;
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  send(body: FormData) {
    this.body = body;
    ScriptedXHR.sent.push(this);
    const status = ScriptedXHR.script.length > 0 ? (ScriptedXHR.script.shift() ?? null) : 204;
    setTimeout(() => {
      if (status === null) {
        this.onerror?.();
        return;
      }
      this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      this.status = status;
      this.onload?.();
    }, 5);
  }
  abort() {
    this.onabort?.();
  }
}

const uploader = '孵化中心 李老师';

function docNode(title: string, filename: string, bytes: number) {
  return {
    __typename: 'Document',
    id: 'd1',
    category: 'ARTICLES_OF_ASSOCIATION',
    title,
    expiresOn: '2025-04-01T00:00:00Z',
    expiry: 'EXPIRING_SOON',
    daysUntilExpiry: 12,
    versionCount: 1,
    createdAt: '2025-03-01T08:00:00Z',
    updatedAt: '2025-03-01T08:00:00Z',
    current: {
      __typename: 'DocumentVersion',
      id: 'v1',
      number: 1,
      filename,
      contentType: 'application/pdf',
      size: bytes,
      sha256: 'ab'.repeat(32),
      createdAt: '2025-03-01T08:00:00Z',
      uploaderName: uploader,
    },
  };
}

function connection(nodes: unknown[]) {
  return {
    __typename: 'DocumentConnection',
    totalCount: nodes.length,
    pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
    edges: nodes.map((node, i) => ({ __typename: 'DocumentEdge', node, cursor: `c${i}` })),
  };
}

function setup(access: DocumentAccess, opts: { maxSize?: number; docs?: unknown[] } = {}) {
  let docs = opts.docs ?? [];
  const api = fakeApi({
    OrganizationDocuments: () => ({ data: { node: { __typename: 'Organization', id: '42', documents: connection(docs) } } }),
    DocumentLimits: () => ({
      data: {
        documentLimits: {
          __typename: 'DocumentLimits',
          maxSize: opts.maxSize ?? 20 * 1024 * 1024,
          contentTypes: ['application/pdf', 'image/png'],
        },
      },
    }),
    RequestDocumentUpload: () => ({
      data: {
        requestDocumentUpload: {
          __typename: 'DocumentUploadForm',
          uploadID: 'up7',
          url: '/files/upload',
          method: 'POST',
          fields: [
            { __typename: 'UploadFormField', name: 'token', value: 'signed' },
            { __typename: 'UploadFormField', name: 'key', value: 'uploads/7' },
          ],
          fileField: 'file',
          expiresAt: new Date(Date.now() + 15 * 60_000).toISOString(),
          maxSize: 20 * 1024 * 1024,
        },
      },
    }),
    CompleteDocumentUpload: () => {
      const doc = docNode('公司章程', '章程.pdf', 9);
      docs = [doc];
      return { data: { completeDocumentUpload: doc } };
    },
    DocumentDownloadURL: (v) => ({
      data: { node: { __typename: 'DocumentVersion', id: v.id, downloadURL: `/files/download?v=${String(v.id)}&inline=${String(v.inline)}` } },
    }),
  });
  render(
    <ApiProvider client={api.client}>
      <AntApp>
        <DocumentsCard organizationID="42" access={access} />
      </AntApp>
    </ApiProvider>,
  );
  return api;
}

const all: DocumentAccess = { read: true, create: true, update: true };

beforeEach(() => {
  ScriptedXHR.sent = [];
  ScriptedXHR.script = [];
  vi.stubGlobal('XMLHttpRequest', ScriptedXHR);
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('DocumentsCard', () => {
  it('uploads a new document through the dialog, retrying a lost connection, and lists it', async () => {
    const { calls } = setup(all);
    const user = userEvent.setup();
    await screen.findByText('暂无材料');
    ScriptedXHR.script = [null, 204];

    await user.click(screen.getByTestId('document-upload'));
    const dialog = await screen.findByTestId('upload-dialog');
    await user.click(within(dialog).getByLabelText('类别'));
    await user.click(await screen.findByTitle('章程'));
    await user.type(within(dialog).getByLabelText('标题'), '公司章程');
    const content = '%PDF-1.4\n%%EOF\n';
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
    await waitFor(() => expect(input.getAttribute('accept')).toContain('application/pdf'));
    await user.upload(input, new File([content], '章程.pdf', { type: 'application/pdf' }));
    expect((await screen.findByTestId('upload-item')).getAttribute('data-status')).toBe('queued');

    await user.click(screen.getByTestId('upload-start'));
    expect(await screen.findByText('公司章程', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await screen.findByText('12 天后到期')).toBeTruthy();
    expect(screen.getByTestId('documents-expiry-warning').textContent).toContain('1 份材料将在 30 天内到期');

    const request = calls.find((c) => c.operationName === 'RequestDocumentUpload');
    expect(request?.variables.input).toEqual({
      organizationID: '42',
      category: 'ARTICLES_OF_ASSOCIATION',
      title: '公司章程',
      filename: '章程.pdf',
      contentType: 'application/pdf',
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    // The first POST lost the network; the automatic retry sent the same form again.
    expect(ScriptedXHR.sent.length).toBe(2);
    const last = ScriptedXHR.sent[1];
    expect([last.method, last.url, last.withCredentials]).toEqual(['POST', '/files/upload', false]);
    expect([...(last.body as FormData).keys()]).toEqual(['token', 'key', 'file']);
    expect(calls.filter((c) => c.operationName === 'CompleteDocumentUpload').map((c) => c.variables)).toEqual([{ uploadID: 'up7' }]);
  });

  it('keeps a refused POST in the dialog with a retry button that sends it again', async () => {
    const { calls } = setup(all);
    const user = userEvent.setup();
    ScriptedXHR.script = [400, 204];
    await user.click(await screen.findByTestId('document-upload'));
    const dialog = await screen.findByTestId('upload-dialog');
    await user.click(within(dialog).getByLabelText('类别'));
    await user.click(await screen.findByTitle('登记证书'));
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
    await waitFor(() => expect(input.getAttribute('accept')).toContain('application/pdf'));
    await user.upload(input, new File(['%PDF-1.4 a'], 'a.pdf', { type: 'application/pdf' }));
    await user.click(screen.getByTestId('upload-start'));

    // 400 is not retried by itself: the item fails and says why.
    await waitFor(() => expect(screen.getByTestId('upload-item').getAttribute('data-status')).toBe('failed'));
    expect(screen.getByTestId('upload-item').textContent).toContain('HTTP 400');
    expect(ScriptedXHR.sent.length).toBe(1);

    await user.click(screen.getByTestId('upload-retry'));
    await waitFor(() => expect(screen.queryByTestId('upload-dialog')).toBeNull());
    // Same hash and form: one request for a form, two POSTs, one completion.
    expect(calls.filter((c) => c.operationName === 'RequestDocumentUpload').length).toBe(1);
    expect(ScriptedXHR.sent.length).toBe(2);
    expect(calls.filter((c) => c.operationName === 'CompleteDocumentUpload').length).toBe(1);
  });

  it('refuses a file over the size limit before sending anything', async () => {
    const { calls } = setup(all, { maxSize: 4 });
    const user = userEvent.setup();
    await user.click(await screen.findByTestId('document-upload'));
    const dialog = await screen.findByTestId('upload-dialog');
    const input = dialog.querySelector('input[type=file]') as HTMLInputElement;
    await waitFor(() => expect(input.getAttribute('accept')).toContain('application/pdf'));
    await user.upload(input, new File(['%PDF-1.4 too big'], 'big.pdf', { type: 'application/pdf' }));
    const item = await screen.findByTestId('upload-item');
    expect(item.getAttribute('data-status')).toBe('rejected');
    expect(item.textContent).toContain('文件超过 4 B 的大小限制');
    await user.click(screen.getByTestId('upload-start'));
    expect(await screen.findByText('请先选择要上传的文件')).toBeTruthy();
    expect(calls.some((c) => c.operationName === 'RequestDocumentUpload')).toBe(false);
    expect(ScriptedXHR.sent.length).toBe(0);
  });

  it('offers a reader only preview and download, fetching a fresh link on the click', async () => {
    const { calls } = setup({ read: true, create: false, update: false }, { docs: [docNode('登记证书', '登记证书.pdf', 2048)] });
    const user = userEvent.setup();
    const row = await screen.findByTestId('document-row');
    expect(row.getAttribute('data-version')).toBe('1');
    expect(within(row).getByTestId('document-meta').textContent).toContain('登记证书.pdf · 2 KB · 第 1 版 · 孵化中心 李老师');
    expect(screen.queryByTestId('document-upload')).toBeNull();
    expect(within(row).queryByTestId('document-edit')).toBeNull();
    expect(within(row).queryByTestId('document-delete')).toBeNull();
    expect(within(row).queryByTestId('document-new-version')).toBeNull();
    expect(calls.some((c) => c.operationName === 'DocumentDownloadURL')).toBe(false);

    const followed: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      followed.push(this.getAttribute('href') ?? '');
    });
    await user.click(within(row).getByTestId('document-download'));
    await waitFor(() => expect(followed).toEqual(['/files/download?v=v1&inline=false']));

    await user.click(within(row).getByTestId('document-preview'));
    const frame = await screen.findByTestId('preview-frame');
    expect(frame.getAttribute('src')).toBe('/files/download?v=v1&inline=true');
  });
});
