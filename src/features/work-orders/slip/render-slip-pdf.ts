import { renderPdf } from '../../../platform/pdf';
import { slipDocument } from './slip-document';
import type { SlipView } from './slip.schemas';

/**
 * The slip's PDF. Drawn on the request's own thread: page numbers need a footer function,
 * which cannot be posted to the PDF worker, and a slip of a few pages renders in tens of
 * milliseconds (label sheets of hundreds of QR codes are what the worker is for).
 */
export function renderSlipPdf(view: SlipView): Promise<Buffer> {
  return renderPdf(slipDocument(view));
}
