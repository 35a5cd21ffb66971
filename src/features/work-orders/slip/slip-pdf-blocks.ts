import type { Content, TableCell } from 'pdfmake/interfaces';
import { documentTime, fillTemplate, formatCents } from '../../../platform/format';
import type { TableLayoutName } from '../../../platform/pdf';
import { enums } from '../../../web/i18n/zh-CN/enums';
import { slip as words } from '../../../web/i18n/zh-CN/slip';
import { formatLimitZh } from '../../commitments';
import type { SlipView } from './slip.schemas';
import { slipWindow } from './slip-text.rules';

// The PDF prints in Chinese with the very words of the zh-CN screen (one source for both).
const NONE = words.none;
const LABEL_FILL = '#f2f2f2';

/** A named layout (platform/pdf): the document must be plain data for the PDF worker. */
const GRID: TableLayoutName = 'thinGrid';

const value = (text: string | null | undefined) => (text && text.trim() !== '' ? text : NONE);
const label = (text: string): TableCell => ({ text, fillColor: LABEL_FILL, bold: true });
const head = (texts: string[]): TableCell[] => texts.map(label);
const money = (cents: number | null) => (cents === null ? NONE : formatCents(cents));
const right = (text: string): TableCell => ({ text, alignment: 'right' });

export function heading(text: string): Content {
  return { text, bold: true, fontSize: 10.5, margin: [0, 8, 0, 3] };
}

/** Label–value pairs two to a row; a pair marked wide takes the whole row. */
export function fieldTable(pairs: Array<[string, string | null | undefined, 'wide'?]>): Content {
  const body: TableCell[][] = [];
  let row: TableCell[] = [];
  for (const [name, text, wide] of pairs) {
    if (wide) {
      if (row.length) body.push([...row, {}, {}]);
      row = [];
      body.push([label(name), { text: value(text), colSpan: 3 }, {}, {}]);
      continue;
    }
    row.push(label(name), value(text));
    if (row.length === 4) {
      body.push(row);
      row = [];
    }
  }
  if (row.length) body.push([...row, { text: '', colSpan: 2 }, {}]);
  return { table: { widths: [62, '*', 62, '*'], body }, layout: GRID };
}

function table(widths: Array<number | string>, header: string[], rows: TableCell[][]): Content {
  return {
    table: { widths, headerRows: 1, dontBreakRows: true, body: [head(header), ...rows] },
    layout: GRID,
  };
}

export function warrantyText(w: SlipView['warranty']): string {
  if (!w) return enums.warranty.unknown;
  const endsOn =
    w.state === 'replacement'
      ? w.replacementEndsOn
      : w.state === 'repair'
        ? w.repairEndsOn
        : w.state === 'contract'
          ? w.contractEndsOn
          : null;
  const free = (['parts', 'labour', 'travel'] as const).filter((k) => w.coverage[k]);
  return [
    enums.warranty[w.state] +
      (endsOn ? ` ${fillTemplate(enums.warrantyUntilShort, { date: endsOn })}` : ''),
    w.contractNumber ? `${w.contractNumber}` : null,
    free.length
      ? fillTemplate(enums.warrantyCovers, {
          items: free.map((k) => enums.coverage[k]).join(enums.listSeparator),
        })
      : enums.warrantyCoversNothing,
  ]
    .filter(Boolean)
    .join('；');
}

export function orderBlock(v: SlipView): Content[] {
  const at = (iso: string | null) => documentTime(iso, v.timeZone);
  return [
    heading(words.section.order),
    fieldTable([
      [words.number, v.order.number],
      [words.status, enums.status[v.order.status]],
      [words.urgency, enums.urgency[v.order.urgency]],
      [words.technician, v.order.technician],
      [words.createdAt, at(v.order.createdAt)],
      [words.window, slipWindow(v.order.window, v.timeZone)],
      [words.contactedAt, at(v.order.contactedAt)],
      [words.arrivedAt, at(v.order.arrivedAt)],
      [words.resolvedAt, at(v.order.resolvedAt)],
      [words.closedAt, at(v.order.closedAt)],
    ]),
  ];
}

export function customerBlock(v: SlipView): Content[] {
  return [
    heading(words.section.customer),
    fieldTable([
      [words.customer, v.customer.name],
      [words.department, v.customer.department],
      [words.contact, v.customer.contactName],
      [words.phone, v.customer.contactPhone],
      [words.address, v.customer.address, 'wide'],
    ]),
  ];
}

export function deviceBlock(v: SlipView): Content[] {
  const model = [v.device.modelName, v.device.modelCode].filter(Boolean).join(' ');
  return [
    heading(words.section.device),
    fieldTable([
      [words.device, v.device.description],
      [words.model, model],
      [words.serialNumber, v.device.serialNumber],
      [words.warranty, warrantyText(v.warranty)],
    ]),
  ];
}

export function faultBlock(v: SlipView): Content[] {
  const reason = v.revisitReason
    ? (words.revisitReasons[v.revisitReason as keyof typeof words.revisitReasons] ??
      v.revisitReason)
    : null;
  return [
    heading(words.section.fault),
    fieldTable([
      [words.reportedFault, v.reportedFault, 'wide'],
      [words.confirmedFault, v.confirmedFault, 'wide'],
      [words.diagnosis, v.diagnosis, 'wide'],
      [words.outcome, v.outcome ? words.outcomes[v.outcome] : null, 'wide'],
      ...(reason ? [[words.revisitReason, reason, 'wide'] as [string, string, 'wide']] : []),
      [words.workDone, v.workDone, 'wide'],
    ]),
  ];
}

export function visitsBlock(v: SlipView): Content[] {
  if (v.visits.length === 0) return [];
  const at = (iso: string | null) => value(documentTime(iso, v.timeZone));
  return [
    heading(words.section.visits),
    table(
      [24, 52, 56, 50, '*', '*', '*', 52],
      [
        words.visitSeq,
        words.technician,
        words.travelMode,
        words.travelCost,
        words.travelStartedAt,
        words.arrivedAt,
        words.leftAt,
        words.visitOutcome,
      ],
      v.visits.map((visit) => [
        String(visit.seq),
        visit.technician,
        words.travelModes[visit.travelMode],
        right(money(visit.travelCostCents)),
        at(visit.travelStartedAt),
        at(visit.arrivedAt),
        at(visit.leftAt),
        visit.outcome ? words.outcomes[visit.outcome] : NONE,
      ]),
    ),
  ];
}

export function partsBlock(v: SlipView): Content[] {
  return [
    heading(words.section.parts),
    v.parts.length === 0
      ? { text: words.noParts }
      : table(
          ['*', 80, 36, 64, 64, 40],
          [
            words.partName,
            words.partNumber,
            words.quantity,
            words.unitPrice,
            words.amount,
            words.covered,
          ],
          v.parts.map((p) => [
            p.name,
            value(p.partNumber),
            right(String(p.quantity)),
            right(formatCents(p.unitPriceCents)),
            right(formatCents(p.amountCents)),
            p.covered ? words.yes : words.no,
          ]),
        ),
  ];
}

export function chargesNote(charges: SlipView['charges']): string {
  if (charges.source === 'parts') return words.chargesFromParts;
  if (charges.decision === 'approved') return words.quoteApproved;
  if (charges.decision === 'declined') return words.quoteDeclined;
  return words.quotePending;
}

export function chargesBlock(v: SlipView): Content[] {
  const { lines, totals } = v.charges;
  return [
    heading(words.section.charges),
    table(
      ['*', 70, 70, 70],
      [words.lineItem, words.amount, words.coveredAmount, words.charged],
      [
        ...lines.map((line) => [
          `${words.lineKind[line.kind]} ${line.description}`,
          right(formatCents(line.amountCents)),
          right(formatCents(line.coveredCents)),
          right(formatCents(line.chargedCents)),
        ]),
        [
          { text: words.total, bold: true },
          right(formatCents(totals.grossCents)),
          right(formatCents(totals.coveredCents)),
          { text: formatCents(totals.chargedCents), alignment: 'right', bold: true },
        ],
      ],
    ),
    {
      columns: [
        { text: chargesNote(v.charges), color: '#555555' },
        {
          text: fillTemplate(words.chargedTotal, { amount: formatCents(totals.chargedCents) }),
          bold: true,
          fontSize: 11,
          alignment: 'right',
        },
      ],
      margin: [0, 3, 0, 0],
    },
  ];
}

export function takenBackBlock(v: SlipView): Content[] {
  if (!v.takenBack) return [];
  return [
    heading(`${words.section.takenBack}（${words.returnNumber} ${v.takenBack.number}）`),
    table(
      ['*', 90, '*', '*'],
      [words.item, words.serialNumber, words.condition, words.accessories],
      v.takenBack.items.map((i) => [
        i.description,
        value(i.serialNumber),
        i.condition,
        value(i.accessories),
      ]),
    ),
  ];
}

export function signaturesBlock(v: SlipView): Content[] {
  if (v.signatures.length === 0)
    return [heading(words.section.signatures), { text: words.noSignature }];
  return [
    heading(words.section.signatures),
    table(
      [90, 80, 90, '*'],
      [words.signedFor, words.signer, words.signedAt, words.signature],
      v.signatures.map((s) => [
        words.purpose[s.purpose],
        s.signerName,
        documentTime(s.givenAt, v.timeZone),
        s.imagePng
          ? { image: s.imagePng, fit: [150, 48] }
          : { text: fillTemplate(words.verbal, { by: s.recordedBy }) },
      ]),
    ),
  ];
}

export function commitmentsBlock(v: SlipView): Content[] {
  const c = v.commitments;
  return [
    heading(words.section.commitments),
    {
      ul: [
        ...c.promises,
        fillTemplate(words.limits, {
          urgency: enums.urgency[v.order.urgency],
          zone: c.zoneName,
          response: formatLimitZh(c.responseMinutes),
          onSite: formatLimitZh(c.onSiteMinutes),
          completion: formatLimitZh(c.completionMinutes),
        }),
      ],
      fontSize: 8.5,
      color: '#333333',
    },
  ];
}
