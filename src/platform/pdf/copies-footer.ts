import type { ContentSection, TDocumentDefinitions } from 'pdfmake/interfaces';

/**
 * The footer of a document printed in copies (联): each top-level section of `content` is one
 * copy, all the same length; every page shows its copy's label on the left and its page within
 * the copy on the right. Plain data, so it crosses to the PDF worker, which builds the footer
 * functions there.
 */
export interface CopiesFooter {
  /** One label per copy, e.g. "服务处理单 WO-… · 客户联". */
  labels: readonly string[];
  /** With `{{page}}` and `{{pages}}` (as in the i18n texts), e.g. "第 {{page}} 页 / 共 {{pages}} 页". */
  pageText: string;
  fontSize: number;
  color: string;
  margin: [number, number, number, number];
}

const fill = (template: string, page: number, pages: number) =>
  template.replaceAll('{{page}}', String(page)).replaceAll('{{pages}}', String(pages));

/** The document with each copy's footer attached; its content must be one section per copy. */
export function withCopiesFooter(
  doc: TDocumentDefinitions,
  footer: CopiesFooter,
): TDocumentDefinitions {
  const sections = doc.content as ContentSection[];
  if (!Array.isArray(sections) || sections.length !== footer.labels.length)
    throw new Error('a document in copies needs one content section per copy');
  return {
    ...doc,
    content: sections.map((section, index) => ({
      ...section,
      footer: (currentPage: number, pageCount: number) => {
        const perCopy = pageCount / footer.labels.length;
        return {
          columns: [
            { text: footer.labels[index]! },
            {
              text: fill(footer.pageText, currentPage - index * perCopy, perCopy),
              alignment: 'right' as const,
            },
          ],
          fontSize: footer.fontSize,
          color: footer.color,
          margin: footer.margin,
        };
      },
    })),
  };
}
