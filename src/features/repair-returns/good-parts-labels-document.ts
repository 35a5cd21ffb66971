import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { code128, isCode128Encodable, mm, qrCode } from '../../platform/pdf';
import { clip, returnDocumentWords as words } from './return-document-words';

/** One good part taken into stock from a repair return (剩余配件). */
export interface GoodPartLabel {
  partCode: string;
  partName: string;
  serialNumber: string | null;
  repairReturnNumber: string;
}

/** 70 × 40 mm: one label a page. */
const PAGE = { width: mm(70), height: mm(40) };
const MARGIN = mm(2.5);
const WIDTH = PAGE.width - 2 * MARGIN;

/** What a part's barcode holds: its serial number, else its part code. */
export function goodPartCode(label: GoodPartLabel): string {
  return label.serialNumber ?? label.partCode;
}

function partLabel(label: GoodPartLabel): Content[] {
  const code = goodPartCode(label);
  return [
    { text: words.goodPartLabel, fontSize: 7, color: '#555555' },
    { text: clip(label.partCode, 24), fontSize: 12, bold: true },
    { text: clip(label.partName, 18), fontSize: 9 },
    ...(label.serialNumber
      ? [{ text: `${words.serialNumber} ${clip(label.serialNumber, 28)}`, fontSize: 8 }]
      : []),
    { text: `${words.fromReturn} ${label.repairReturnNumber}`, fontSize: 8 },
    // Text Code 128 can't hold (non-ASCII) goes into a QR code instead.
    isCode128Encodable(code)
      ? { ...code128(code, WIDTH, mm(8)), margin: [0, mm(1), 0, 0] }
      : { ...qrCode(code, mm(10)), margin: [0, mm(1), 0, 0] },
  ];
}

/**
 * Labels for good parts taken into stock from a repair return: part code and name, serial
 * number (serial-tracked parts), the return they came from, and a barcode of the serial number
 * or the part code. One label per part.
 */
export function goodPartsLabelsDocument(labels: readonly GoodPartLabel[]): TDocumentDefinitions {
  return {
    pageSize: PAGE,
    pageMargins: MARGIN,
    info: { title: words.goodPartLabel },
    defaultStyle: { fontSize: 8, lineHeight: 1.1 },
    content: labels.map((label, index): Content => ({
      stack: partLabel(label),
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    })),
  };
}
