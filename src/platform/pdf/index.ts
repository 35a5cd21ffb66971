export { bundledFontDir, PDF_FONT } from './bundled-fonts';
export { qrCode, type QrCodeOptions } from './qr-code';
export { code128, code128Values, isCode128Encodable } from './code128';
export { mm, renderPdf, TABLE_LAYOUTS, type TableLayoutName } from './render-pdf';
export { renderPdfInWorker } from './render-pdf-in-worker';
export { type CopiesFooter, withCopiesFooter } from './copies-footer';
export type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
