import { parentPort } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { renderPdf } from './render-pdf';

// Worker entry: renders one document per message, replies with its bytes or the error text.
parentPort?.on('message', async (msg: { id: number; doc: TDocumentDefinitions }) => {
  try {
    const pdf = await renderPdf(msg.doc);
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    parentPort?.postMessage({ id: msg.id, ok: true, pdf: bytes });
  } catch (err) {
    parentPort?.postMessage({
      id: msg.id,
      ok: false,
      error: err instanceof Error ? err.message : String(err),
    });
  }
});
