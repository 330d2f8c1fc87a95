/**
 * The material a SUPPLEMENT event concerns. The server records the step's
 * reason as "key: [document ids]"; people read the material's name instead.
 */
export function suppliedMaterial(reason: string, materials: readonly { key: string; name: string }[]): string | null {
  const m = /^([^:\s]+): \[/.exec(reason);
  if (!m) return null;
  return materials.find((x) => x.key === m[1])?.name ?? null;
}
