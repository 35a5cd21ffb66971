import type { Content, ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';
import { slip as words } from '../../../web/i18n/zh-CN/slip';
import { documentTime } from '../../../platform/format';
import { type CopiesFooter, mm } from '../../../platform/pdf';
import {
  chargesBlock,
  commitmentsBlock,
  customerBlock,
  deviceBlock,
  faultBlock,
  orderBlock,
  partsBlock,
  signaturesBlock,
  takenBackBlock,
  visitsBlock,
} from './slip-pdf-blocks';
import type { SlipView } from './slip.schemas';

/** The two copies, in print order: the customer keeps one, the desk files the other. */
export const SLIP_COPIES = [words.customerCopy, words.dispatcherCopy] as const;

const MARGIN = mm(14);

function titleBlock(v: SlipView, copy: string): Content[] {
  return [
    {
      columns: [
        {
          width: '*',
          stack: [
            { text: v.company.name, bold: true, fontSize: 12 },
            v.company.hotline ? { text: `${words.hotline} ${v.company.hotline}` } : '',
          ],
        },
        { width: 'auto', text: words.title, bold: true, fontSize: 18, alignment: 'center' },
        {
          width: '*',
          columns: [
            { width: '*', text: '' },
            {
              width: 'auto',
              table: { body: [[{ text: copy, bold: true, fontSize: 13, margin: [6, 1, 6, 1] }]] },
            },
          ],
        },
      ],
      columnGap: 8,
    },
    {
      columns: [
        { text: `${words.number} ${v.order.number}`, bold: true },
        {
          text: `${words.generatedAt} ${documentTime(v.generatedAt, v.timeZone)}`,
          alignment: 'right',
          color: '#555555',
        },
      ],
      margin: [0, 6, 0, 0],
    },
  ];
}

function copyContent(v: SlipView, copy: string): Content[] {
  return [
    ...titleBlock(v, copy),
    ...orderBlock(v),
    ...customerBlock(v),
    ...deviceBlock(v),
    ...faultBlock(v),
    ...visitsBlock(v),
    ...partsBlock(v),
    ...chargesBlock(v),
    ...takenBackBlock(v),
    ...signaturesBlock(v),
    ...commitmentsBlock(v),
  ];
}

/**
 * The slip as an A4 document: each copy a section of its own, starting on a new page. Its
 * footer (the copy's name, page n of the copy) is data, applied where the PDF is drawn.
 */
export function slipDocument(v: SlipView): TDocumentDefinitions {
  const sections: ContentSection[] = SLIP_COPIES.map((copy) => ({ section: copyContent(v, copy) }));
  return {
    pageSize: 'A4',
    pageMargins: [MARGIN, MARGIN, MARGIN, mm(14)],
    info: { title: `${words.title} ${v.order.number}`, subject: 'Service slip' },
    defaultStyle: { fontSize: 9, lineHeight: 1.15 },
    content: sections,
  };
}

/** Both copies' footers: "服务处理单 WO-… · 客户联" on the left, the page within the copy right. */
export function slipFooter(v: SlipView): CopiesFooter {
  return {
    labels: SLIP_COPIES.map((copy) => `${words.title} ${v.order.number} · ${copy}`),
    pageText: words.page,
    fontSize: 8,
    color: '#666666',
    margin: [MARGIN, mm(4), MARGIN, 0],
  };
}
