/**
 * The text of a PDF, page by page joined with newlines: for tests that check what a document
 * says. `unpdf` is a dev dependency, so production code must not import this file.
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<string> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  const document = await getDocumentProxy(new Uint8Array(pdf));
  const { text } = await extractText(document, { mergePages: true });
  return text;
}

/** How many pages a PDF has. */
export async function pdfPageCount(pdf: Buffer | Uint8Array): Promise<number> {
  const { getDocumentProxy } = await import('unpdf');
  return (await getDocumentProxy(new Uint8Array(pdf))).numPages;
}
