/**
 * Checks a file against what the server accepts (Query.documentLimits)
 * before anything is sent, so a wrong file fails at once with a clear
 * reason instead of after a long upload. The server checks again.
 */

export interface DocumentLimits {
  maxSize: number;
  contentTypes: readonly string[];
}

/**
 * Browsers leave File.type empty for some extensions (and some systems map
 * .docx to nothing): the extension fills the gap.
 */
const BY_EXTENSION: Record<string, string> = {
  pdf: 'application/pdf',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The content type to declare for a file: the browser's, else the one its extension implies. */
export function contentTypeOf(file: { name: string; type: string }): string {
  const declared = file.type.trim().toLowerCase();
  if (declared !== '' && declared !== 'application/octet-stream') return declared;
  return BY_EXTENSION[extensionOf(file.name)] ?? declared;
}

export type Precheck =
  | { ok: true; contentType: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'tooLarge'; maxSize: number }
  | { ok: false; reason: 'type'; contentType: string };

export function precheckFile(file: { name: string; type: string; size: number }, limits: DocumentLimits): Precheck {
  const contentType = contentTypeOf(file);
  if (!limits.contentTypes.includes(contentType)) return { ok: false, reason: 'type', contentType };
  if (file.size === 0) return { ok: false, reason: 'empty' };
  if (file.size > limits.maxSize) return { ok: false, reason: 'tooLarge', maxSize: limits.maxSize };
  return { ok: true, contentType };
}

/** The file picker's accept attribute: the types and, for pickers that filter by name, their extensions. */
export function acceptAttribute(limits: DocumentLimits): string {
  const exts = Object.entries(BY_EXTENSION)
    .filter(([, mime]) => limits.contentTypes.includes(mime))
    .map(([ext]) => `.${ext}`);
  return [...limits.contentTypes, ...exts].join(',');
}

/** Short names of the accepted types for the hint under the drop zone ("PDF, JPG, PNG"). */
export function acceptedExtensions(limits: DocumentLimits): string[] {
  const seen = new Set<string>();
  for (const [ext, mime] of Object.entries(BY_EXTENSION)) {
    if (ext === 'jpeg') continue;
    if (limits.contentTypes.includes(mime)) seen.add(ext.toUpperCase());
  }
  return [...seen];
}

export type PreviewKind = 'image' | 'pdf' | null;

/** Whether the browser can show the file itself (the preview dialog), and how. */
export function previewKind(contentType: string): PreviewKind {
  if (contentType === 'application/pdf') return 'pdf';
  if (contentType.startsWith('image/')) return 'image';
  return null;
}
