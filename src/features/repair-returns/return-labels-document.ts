import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { code128, mm, qrCode } from '../../platform/pdf';
import { documentTime } from '../../platform/format';
import { clip, returnDocumentWords as words } from './return-document-words';

/** What the item labels of one repair return print. */
export interface ReturnLabelsData {
  number: string;
  customerName: string;
  takenAt: string;
  timeZone: string;
  items: ReadonlyArray<{ seq: number; description: string; serialNumber: string | null }>;
}

/** 100 × 60 mm, the common thermal label: one label a page. */
const PAGE = { width: mm(100), height: mm(60) };
const MARGIN = mm(3);
const QR = mm(20);
const WIDTH = PAGE.width - 2 * MARGIN;

/** What an item's barcode and QR code hold: the return number and the item's number in it. */
export function returnItemCode(number: string, seq: number): string {
  return `${number}-${seq}`;
}

function itemLabel(data: ReturnLabelsData, item: ReturnLabelsData['items'][number]): Content[] {
  const code = returnItemCode(data.number, item.seq);
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: words.returnLabel, fontSize: 7, color: '#555555' },
            { text: data.number, fontSize: 16, bold: true },
            { text: `${words.item} ${item.seq}/${data.items.length}`, fontSize: 9, bold: true },
            { text: clip(item.description, 22), fontSize: 9 },
            { text: `${words.serialNumber} ${item.serialNumber ?? words.none}`, fontSize: 8 },
            { text: `${words.customer} ${clip(data.customerName, 18)}`, fontSize: 8 },
            {
              text: `${words.takenOn} ${documentTime(data.takenAt, data.timeZone).slice(0, 10)}`,
              fontSize: 8,
            },
          ],
        },
        { width: QR, stack: [qrCode(code, QR)] },
      ],
      columnGap: mm(2),
    },
    { ...code128(code, WIDTH, mm(10)), margin: [0, mm(1.5), 0, 0] },
    { text: code, fontSize: 7, alignment: 'center' },
  ];
}

/**
 * One label per item taken back: the return number large, the item (n of total), its
 * description and serial number, the customer, the day it was taken, and a Code 128 barcode
 * and a QR code of `<return number>-<item>`.
 */
export function returnLabelsDocument(data: ReturnLabelsData): TDocumentDefinitions {
  return {
    pageSize: PAGE,
    pageMargins: MARGIN,
    info: { title: `${words.returnLabel} ${data.number}` },
    defaultStyle: { fontSize: 8, lineHeight: 1.1 },
    content: data.items.map((item, index): Content => ({
      stack: itemLabel(data, item),
      ...(index > 0 ? { pageBreak: 'before' as const } : {}),
    })),
  };
}
