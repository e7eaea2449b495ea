/** gzip (.csv.gz) through DecompressionStream, which browsers, workers and Node 18+ all have. */
import { MAX_FILE_BYTES } from './limits';

export type GunzipResult = { ok: true; bytes: Uint8Array } | { ok: false; reason: 'corrupt' | 'too-large' };

export async function gunzip(bytes: Uint8Array): Promise<GunzipResult> {
  // A copy typed as backed by a plain ArrayBuffer, as DecompressionStream's writable side requires.
  const input = new ReadableStream<Uint8Array<ArrayBuffer>>({
    start(controller) {
      controller.enqueue(new Uint8Array(bytes));
      controller.close();
    },
  });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    const reader = input.pipeThrough(new DecompressionStream('gzip')).getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_FILE_BYTES) {
        await reader.cancel();
        return { ok: false, reason: 'too-large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return { ok: true, bytes: out };
}
