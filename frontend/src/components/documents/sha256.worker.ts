// Hashes a file off the main thread so a large upload does not freeze the page.
import { sha256Blob } from './sha256';

export type HashRequest = { file: Blob };
export type HashReply = { type: 'progress'; fraction: number } | { type: 'done'; hex: string } | { type: 'error'; message: string };

// The project compiles against the DOM library, whose postMessage wants a
// target origin; a dedicated worker's takes just the message.
const scope = self as unknown as {
  postMessage(reply: HashReply): void;
  onmessage: ((e: MessageEvent<HashRequest>) => void) | null;
};

scope.onmessage = (e) => {
  sha256Blob(e.data.file, (fraction) => scope.postMessage({ type: 'progress', fraction }))
    .then((hex) => scope.postMessage({ type: 'done', hex }))
    .catch((err: unknown) => scope.postMessage({ type: 'error', message: String(err) }));
};
