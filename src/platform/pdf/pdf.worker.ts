import { parentPort } from 'node:worker_threads';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { type CopiesFooter, withCopiesFooter } from './copies-footer';
import { renderPdf } from './render-pdf';

// Worker entry: renders one document per message, replies with its bytes or the error text.
type Message = { id: number; doc: TDocumentDefinitions; copiesFooter?: CopiesFooter };

parentPort?.on('message', async (msg: Message) => {
  try {
    const pdf = await renderPdf(
      msg.copiesFooter ? withCopiesFooter(msg.doc, msg.copiesFooter) : msg.doc,
    );
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
