import { createRequire } from 'node:module';
import type { CustomTableLayout, TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import { PDF_FONT, registerBundledFonts, type VirtualFs } from './bundled-fonts';

interface PdfMake {
  setFonts(fonts: TFontDictionary): void;
  setUrlAccessPolicy(callback: (url: string) => boolean): void;
  setLocalAccessPolicy(callback: (path: string) => boolean): void;
  createPdf(doc: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
  addTableLayouts(layouts: Record<string, CustomTableLayout>): void;
  virtualfs: VirtualFs;
}

let engine: PdfMake | undefined;

/**
 * Table layouts by name: a layout is made of functions, and a document sent to the PDF worker
 * must be plain data, so documents name one of these instead.
 */
export const TABLE_LAYOUTS = {
  /** Thin grey rules around every cell: reads well on paper and survives a photocopy. */
  thinGrid: {
    hLineWidth: () => 0.5,
    vLineWidth: () => 0.5,
    hLineColor: () => '#999999',
    vLineColor: () => '#999999',
    paddingTop: () => 2,
    paddingBottom: () => 2,
  },
} satisfies Record<string, CustomTableLayout>;
export type TableLayoutName = keyof typeof TABLE_LAYOUTS;

/**
 * pdfmake's Node entry is a CommonJS singleton (module.exports = instance), which an ES import
 * cannot name its methods of; require gives the instance in Node, tsx and vitest alike.
 * Documents may not fetch URLs or read local files: images come in as data URLs.
 */
function pdfEngine(): PdfMake {
  if (!engine) {
    const pdfmake = createRequire(import.meta.url)('pdfmake') as PdfMake;
    pdfmake.setUrlAccessPolicy(() => false);
    pdfmake.setLocalAccessPolicy(() => false);
    pdfmake.setFonts(registerBundledFonts(pdfmake.virtualfs));
    pdfmake.addTableLayouts(TABLE_LAYOUTS);
    engine = pdfmake;
  }
  return engine;
}

/**
 * Renders a pdfmake document to a PDF, in the bundled Chinese font unless the document's
 * default style names another registered one. The font is embedded as a subset (CFF glyphs,
 * only those used), so a sheet stays small and opens without any system font.
 */
export async function renderPdf(doc: TDocumentDefinitions): Promise<Buffer> {
  const withFont: TDocumentDefinitions = {
    ...doc,
    defaultStyle: { font: PDF_FONT, fontSize: 10, ...doc.defaultStyle },
  };
  return pdfEngine().createPdf(withFont).getBuffer();
}

/** Millimetres to PDF points (1/72 inch), the unit of every pdfmake size. */
export function mm(millimetres: number): number {
  return (millimetres * 72) / 25.4;
}
