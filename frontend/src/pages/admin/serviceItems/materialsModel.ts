import type { MaterialInput } from '../../../gql/graphql';

/** One row of the materials editor. */
export interface MaterialRow {
  key?: string;
  name?: string;
  description?: string;
  core?: boolean;
  category?: string;
  formats?: string[];
  templateDocumentID?: string | null;
}

/**
 * The editor's rows as the mutation's materials: text trimmed, an empty
 * description and format list left out, the template kept (the editor does
 * not change it).
 */
export function toMaterialInputs(rows: readonly MaterialRow[]): MaterialInput[] {
  return rows.map((r) => {
    const description = r.description?.trim();
    const formats = (r.formats ?? []).map((f) => f.trim()).filter(Boolean);
    return {
      key: (r.key ?? '').trim(),
      name: (r.name ?? '').trim(),
      core: Boolean(r.core),
      category: r.category ?? 'OTHER',
      ...(description ? { description } : {}),
      ...(formats.length ? { formats } : {}),
      ...(r.templateDocumentID ? { templateDocumentID: r.templateDocumentID } : {}),
    };
  });
}

/** Keys used more than once (the server refuses them too; the editor says which). */
export function duplicateKeys(rows: readonly MaterialRow[]): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const r of rows) {
    const k = (r.key ?? '').trim();
    if (!k) continue;
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}
