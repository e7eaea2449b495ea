/** The worker thread that reads the second half of a large orders file in Node (see nodeHalves.ts). */
import { parentPort } from 'node:worker_threads';
import { answerChunkRequest } from '../ingest/fast/chunkClient';
import type { OrderChunkRequest } from '../ingest/fast/orderHalves';

parentPort?.on('message', (request: OrderChunkRequest) => {
  void answerChunkRequest(request).then(({ answer, transfer }) => parentPort?.postMessage(answer, transfer));
});
