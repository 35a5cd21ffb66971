import { type Content, qrCode, renderPdfInWorker } from '../../platform/pdf';
import {
  A4_POINTS,
  type LabelLayout,
  labelLayout,
  LINE_HEIGHT,
  pagesOf,
} from './label-sheet.rules';
import { fitText, keepLines, type LabelLine, labelLines, mustFitEm } from './label-text.rules';
import type { LabelSheet } from './print-label-sheet';

function textBlock(lines: LabelLine[], layout: LabelLayout, alignment: 'left' | 'center') {
  return lines.map((line) => ({
    text: fitText(line.text, layout.textWidth, layout.fontSize),
    bold: line.isBold,
    fontSize: layout.fontSize,
    lineHeight: LINE_HEIGHT,
    noWrap: true,
    alignment,
  }));
}

function labelContent(
  url: string,
  lines: LabelLine[],
  layout: LabelLayout,
  position: { x: number; y: number },
): Content {
  const { padding, qrSize, fontSize, textWidth } = layout;
  const textHeight = lines.length * fontSize * LINE_HEIGHT;
  if (layout.orientation === 'side') {
    const innerHeight = layout.cellHeight - 2 * padding;
    return {
      absolutePosition: position,
      columns: [
        {
          width: qrSize,
          stack: [qrCode(url, qrSize)],
          margin: [0, (innerHeight - qrSize) / 2, 0, 0],
        },
        {
          width: textWidth,
          stack: textBlock(lines, layout, 'left'),
          margin: [padding, Math.max(0, (innerHeight - textHeight) / 2), 0, 0],
        },
      ],
      columnGap: 0,
    };
  }
  return {
    absolutePosition: position,
    columns: [
      {
        width: textWidth,
        stack: [
          {
            columns: [
              { width: '*', text: '' },
              { width: qrSize, stack: [qrCode(url, qrSize)] },
              { width: '*', text: '' },
            ],
          },
          { stack: textBlock(lines, layout, 'center'), margin: [0, padding / 2, 0, 0] },
        ],
      },
    ],
  };
}

/** Thin grey lines between the labels, for cutting plain paper. */
function cutLines(layout: LabelLayout): Content {
  const { originX, originY, cellWidth, cellHeight, columns, rows } = layout;
  const line = (x1: number, y1: number, x2: number, y2: number) => ({
    type: 'line' as const,
    x1,
    y1,
    x2,
    y2,
    lineWidth: 0.3,
    lineColor: '#bbbbbb',
    dash: { length: 2 },
  });
  const right = originX + columns * cellWidth;
  const bottom = originY + rows * cellHeight;
  return {
    absolutePosition: { x: 0, y: 0 },
    canvas: [
      ...Array.from({ length: columns + 1 }, (_, c) => {
        const x = originX + c * cellWidth;
        return line(x, originY, x, bottom);
      }),
      ...Array.from({ length: rows + 1 }, (_, r) => {
        const y = originY + r * cellHeight;
        return line(originX, y, right, y);
      }),
    ],
  };
}

/**
 * The sheet as an A4 PDF: labels placed at exact positions (so they line up with pre-cut
 * label paper), left to right and top to bottom, as many pages as needed. Each QR code
 * (vectors, error correction M) holds the device's public page, `publicUrl(token)`.
 */
export async function renderLabelSheet(
  sheet: LabelSheet,
  publicUrl: (token: string) => string,
): Promise<Buffer> {
  const allLines = sheet.labels.map((label) => labelLines(label, sheet.fields));
  const layout = labelLayout(sheet, {
    lineCount: Math.max(...allLines.map((lines) => lines.length)),
    widestEm: Math.max(...allLines.map(mustFitEm)),
  });
  const perPage = layout.columns * layout.rows;
  const indexes = sheet.labels.map((_, index) => index);
  const content: Content[] = pagesOf(indexes, perPage).flatMap((page, pageIndex) => [
    ...(pageIndex > 0 ? [{ text: '', pageBreak: 'before' as const }] : []),
    ...(sheet.hasCutLines ? [cutLines(layout)] : []),
    ...page.map((labelIndex, slot) =>
      labelContent(
        publicUrl(sheet.labels[labelIndex]!.token),
        keepLines(allLines[labelIndex]!, layout.maxLines),
        layout,
        {
          x: layout.originX + (slot % layout.columns) * layout.cellWidth + layout.padding,
          y:
            layout.originY + Math.floor(slot / layout.columns) * layout.cellHeight + layout.padding,
        },
      ),
    ),
  ]);
  return renderPdfInWorker({
    pageSize: { width: A4_POINTS.width, height: A4_POINTS.height },
    pageMargins: 0,
    info: { title: '设备二维码标签 Device QR labels' },
    content,
  });
}
