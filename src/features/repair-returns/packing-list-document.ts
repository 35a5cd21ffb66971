import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { mm, type TableLayoutName } from '../../platform/pdf';
import { documentTime, fillTemplate } from '../../platform/format';
import type { ShipmentView } from './shipment.schemas';
import { returnDocumentWords as words } from './return-document-words';
import { recipientContact, type ShippingDocumentData } from './shipping-label-document';

const GRID: TableLayoutName = 'thinGrid';
const LABEL_FILL = '#f2f2f2';
const MARGIN = mm(12);

const label = (text: string): TableCell => ({ text, bold: true, fillColor: LABEL_FILL });
const value = (text: string | null | undefined) => (text && text.trim() !== '' ? text : words.none);

function coverageText(rr: ShipmentView['items'][number]): string {
  const coverage = rr.coverage ? words.coverage[rr.coverage] : words.none;
  return rr.urgent ? `${coverage}（${words.urgent}）` : coverage;
}

function headerBlock(data: ShippingDocumentData): Content[] {
  const s = data.shipment;
  const sender = [data.sender.name, data.sender.address, data.sender.phone]
    .filter(Boolean)
    .join('  ');
  const carriage = s.shippedAt
    ? `${value(s.carrier)}  ${words.trackingNumber} ${value(s.trackingNumber)}`
    : words.notShippedYet;
  return [
    { text: words.packingList, bold: true, fontSize: 18, alignment: 'center' },
    {
      columns: [
        { text: `${words.shipmentNumber} ${s.number}`, bold: true },
        {
          text: `${words.printedAt} ${documentTime(data.printedAt, data.timeZone)}`,
          alignment: 'right',
          color: '#555555',
        },
      ],
      margin: [0, 6, 0, 4],
    },
    {
      table: {
        widths: [60, '*', 60, '*'],
        body: [
          [label(words.from), { text: sender, colSpan: 3 }, {}, {}],
          [
            label(words.vendor),
            s.vendor.name,
            label(words.contact),
            value(Object.values(recipientContact(data)).filter(Boolean).join('  ')),
          ],
          [label(words.shipToAddress), { text: s.shipToAddress, colSpan: 3 }, {}, {}],
          [
            label(words.carrier),
            carriage,
            label(words.shippedOn),
            s.shippedAt ? documentTime(s.shippedAt, data.timeZone).slice(0, 10) : words.none,
          ],
          ...(s.note ? [[label(words.note), { text: s.note, colSpan: 3 }, {}, {}]] : []),
        ],
      },
      layout: GRID,
    },
  ];
}

function itemsTable(s: ShipmentView): Content {
  const c = words.columns;
  const rows: TableCell[][] = [];
  let seq = 0;
  for (const rr of s.items)
    for (const item of rr.items)
      rows.push([
        { text: String(++seq), alignment: 'right' },
        rr.number,
        item.description,
        value(item.serialNumber),
        item.condition,
        value(item.accessories),
        value(rr.testResult),
        coverageText(rr),
      ]);
  return {
    table: {
      widths: [24, 92, '*', 80, 80, 80, '*', 64],
      headerRows: 1,
      dontBreakRows: true,
      body: [
        [
          c.seq,
          c.returnNumber,
          c.item,
          c.serialNumber,
          c.condition,
          c.accessories,
          c.fault,
          c.coverage,
        ].map(label),
        ...rows,
      ],
    },
    layout: GRID,
    margin: [0, 8, 0, 4],
  };
}

function signLines(): Content {
  return {
    columns: words.signatures.map((who) => ({
      stack: [
        { text: `${who}${words.signature}：____________` },
        { text: `${words.date}：____________`, margin: [0, 10, 0, 0] },
      ],
    })),
    margin: [0, 24, 0, 0],
  };
}

/**
 * 随货清单: the shipment's header (from, to, contact, carrier), one row per item packed (return
 * number, description, serial number, condition, accessories, the test's fault and the
 * warranty: 包换 / 保修 / 保外), the totals, and lines for the sender, the carrier and the
 * receiver to sign. A4 landscape, the table's header repeated on every page.
 */
export function packingListDocument(data: ShippingDocumentData): TDocumentDefinitions {
  const s = data.shipment;
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: MARGIN,
    info: { title: `${words.packingList} ${s.number}` },
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    content: [
      ...headerBlock(data),
      itemsTable(s),
      {
        text: fillTemplate(words.totals, {
          returns: s.items.length,
          items: s.items.reduce((sum, rr) => sum + rr.items.length, 0),
        }),
        bold: true,
        alignment: 'right',
      },
      signLines(),
    ],
  };
}
