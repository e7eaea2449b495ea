/// <reference lib="webworker" />
/** The Web Worker that reads the second half of a large orders file (ingest/fast/orderHalves.ts). */
import { answerChunkRequest } from '../ingest/fast/chunkClient';
import type { OrderChunkRequest } from '../ingest/fast/orderHalves';

self.addEventListener('message', (event: MessageEvent<OrderChunkRequest>) => {
  void answerChunkRequest(event.data).then(({ answer, transfer }) => self.postMessage(answer, transfer));
});
