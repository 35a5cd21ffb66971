import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { code128, isCode128Encodable, mm, type TableLayoutName } from '../../platform/pdf';
import { documentTime, fillTemplate } from '../../platform/format';
import type { ShipmentView } from './shipment.schemas';
import { returnDocumentWords as words } from './return-document-words';

/** What the shipping label and the packing list print: the shipment, and who sends it. */
export interface ShippingDocumentData {
  shipment: ShipmentView;
  /** The service company: its name, and its address and phone when on file. */
  sender: { name: string; address: string | null; phone: string | null };
  /** The vendor's phone, when its contact has none. */
  vendorPhone: string | null;
  timeZone: string;
  printedAt: string;
}

/** 100 × 150 mm (4 × 6 in), the carriers' label size. */
const PAGE = { width: mm(100), height: mm(150) };
const MARGIN = mm(4);
const WIDTH = PAGE.width - 2 * MARGIN;
const GRID: TableLayoutName = 'thinGrid';

/** The recipient's after-sales contact and phone (the vendor's when the contact has none). */
export function recipientContact(data: ShippingDocumentData): {
  name: string | null;
  phone: string | null;
} {
  const { contact } = data.shipment;
  return { name: contact?.name ?? null, phone: contact?.phone ?? data.vendorPhone };
}

export function parcelCount(shipment: ShipmentView): string {
  return fillTemplate(words.parcelCount, {
    returns: shipment.items.length,
    items: shipment.items.reduce((sum, rr) => sum + rr.items.length, 0),
  });
}

function box(title: string, lines: Content[]): Content {
  return {
    table: {
      widths: [mm(12), '*'],
      body: [[{ text: title, bold: true, fontSize: 11 }, { stack: lines }]],
    },
    layout: GRID,
    margin: [0, mm(2), 0, 0],
  };
}

/**
 * 运输标签: from (the service company), to (the vendor, the address, the after-sales contact
 * and phone), the shipment number with its Code 128 barcode, how many returns and items, and the
 * carrier and tracking number once dispatched.
 */
export function shippingLabelDocument(data: ShippingDocumentData): TDocumentDefinitions {
  const s = data.shipment;
  const { name, phone } = recipientContact(data);
  const contact = [
    name ? `${words.contact} ${name}` : null,
    phone ? `${words.phone} ${phone}` : null,
  ]
    .filter(Boolean)
    .join('  ');
  const dispatched = s.shippedAt !== null;
  return {
    pageSize: PAGE,
    pageMargins: MARGIN,
    info: { title: `${words.shippingLabel} ${s.number}` },
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    content: [
      {
        columns: [
          { text: words.shippingLabel, bold: true, fontSize: 16 },
          { text: s.number, alignment: 'right', margin: [0, 4, 0, 0] },
        ],
      },
      box(words.from, [
        { text: data.sender.name, bold: true },
        ...(data.sender.address ? [{ text: data.sender.address }] : []),
        ...(data.sender.phone ? [{ text: `${words.phone} ${data.sender.phone}` }] : []),
      ]),
      box(words.to, [
        { text: s.vendor.name, bold: true, fontSize: 14 },
        { text: s.shipToAddress, fontSize: 12 },
        ...(contact ? [{ text: contact, fontSize: 11 }] : []),
      ]),
      {
        text: `${words.shipmentNumber} ${s.number}`,
        bold: true,
        fontSize: 12,
        margin: [0, mm(3), 0, mm(1)],
      },
      ...(isCode128Encodable(s.number) ? [code128(s.number, WIDTH, mm(18))] : []),
      { text: s.number, alignment: 'center', fontSize: 9, margin: [0, 1, 0, mm(2)] },
      { text: parcelCount(s), fontSize: 11, bold: true },
      {
        text: `${words.carrier} ${dispatched ? (s.carrier ?? words.none) : words.notShippedYet}`,
      },
      {
        text: `${words.trackingNumber} ${dispatched ? (s.trackingNumber ?? words.none) : words.notShippedYet}`,
      },
      ...(s.shippedAt
        ? [{ text: `${words.shippedOn} ${documentTime(s.shippedAt, data.timeZone).slice(0, 10)}` }]
        : []),
    ],
  };
}
