import { Worker } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { CopiesFooter } from './copies-footer';

type Reply = { id: number; ok: true; pdf: Uint8Array } | { id: number; ok: false; error: string };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, { resolve: (pdf: Buffer) => void; reject: (e: Error) => void }>();

/** One long-lived worker (fonts stay loaded); unref'd, so it never keeps the process alive. */
function pdfWorker(): Worker {
  if (worker) return worker;
  const started = import.meta.url.endsWith('.ts')
    ? new Worker(new URL('./tsx-worker-bootstrap.mjs', import.meta.url), {
        workerData: { entry: new URL('./pdf.worker.ts', import.meta.url).href },
      })
    : new Worker(new URL('./pdf.worker.js', import.meta.url));
  started.unref();
  started.on('message', (reply: Reply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(Buffer.from(reply.pdf));
    else waiting?.reject(new Error(reply.error));
  });
  const fail = (error: Error) => {
    worker = undefined;
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  started.on('error', fail);
  started.on('exit', (code) => fail(new Error(`PDF worker exited with code ${code}`)));
  worker = started;
  return started;
}

/**
 * renderPdf on a worker thread: a 10-page label sheet takes seconds of CPU, which would stall
 * every other request on the event loop. The document must be plain data (no functions, e.g.
 * no dynamic header/footer): it is copied to the worker. A document printed in copies names its
 * page footer as data (`copiesFooter`). Documents render one after another.
 */
export function renderPdfInWorker(
  doc: TDocumentDefinitions,
  options: { copiesFooter?: CopiesFooter } = {},
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    pdfWorker().postMessage({ id, doc, copiesFooter: options.copiesFooter });
  });
}
