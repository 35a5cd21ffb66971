import { renderPdfInWorker } from '../../../platform/pdf';
import { slipDocument, slipFooter } from './slip-document';
import type { SlipView } from './slip.schemas';

/** The slip's PDF, drawn on the PDF worker so the request thread stays free. */
export function renderSlipPdf(view: SlipView): Promise<Buffer> {
  return renderPdfInWorker(slipDocument(view), { copiesFooter: slipFooter(view) });
}
