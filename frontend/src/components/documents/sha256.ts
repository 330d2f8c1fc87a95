import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Small enough to keep memory flat on large files, large enough that reads don't dominate. */
export const HASH_CHUNK_BYTES = 4 * 1024 * 1024;

/**
 * Lower-case hex SHA-256 of a Blob, read chunk by chunk through an
 * incremental hash (crypto.subtle.digest needs the whole file in memory).
 */
export async function sha256Blob(
  blob: Blob,
  onProgress?: (fraction: number) => void,
  chunkBytes = HASH_CHUNK_BYTES,
  signal?: AbortSignal,
): Promise<string> {
  const h = sha256.create();
  for (let offset = 0; offset < blob.size; offset += chunkBytes) {
    if (signal?.aborted) throw new DOMException('hashing cancelled', 'AbortError');
    const chunk = await blob.slice(offset, Math.min(offset + chunkBytes, blob.size)).arrayBuffer();
    h.update(new Uint8Array(chunk));
    onProgress?.(Math.min(offset + chunkBytes, blob.size) / blob.size);
  }
  return bytesToHex(h.digest());
}
