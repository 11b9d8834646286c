import type { Writable } from 'node:stream';

/**
 * Writes a chunk and waits while the receiver is slow (backpressure), so a large export never
 * piles up in memory. Rejects when the client goes away instead of waiting for ever.
 */
export async function writeChunk(target: Writable, chunk: string | Buffer): Promise<void> {
  if (target.destroyed) {
    throw new Error('the export stream was closed');
  }
  if (target.write(chunk)) {
    return;
  }
  await new Promise<void>((resolve, reject) => {
    const cleanup = () => {
      target.off('drain', onDrain);
      target.off('close', onClose);
      target.off('error', onClose);
    };
    const onDrain = () => {
      cleanup();
      resolve();
    };
    const onClose = () => {
      cleanup();
      reject(new Error('the export stream was closed'));
    };
    target.on('drain', onDrain);
    target.on('close', onClose);
    target.on('error', onClose);
  });
}
