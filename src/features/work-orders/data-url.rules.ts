/**
 * The bytes of a base64 data URL (`data:<type>;base64,<data>`), or null when it is not one.
 * The type it claims is ignored: callers judge the bytes themselves.
 */
export function decodeDataUrl(dataUrl: string): Buffer | null {
  const match = /^data:[\w.+-]+\/[\w.+-]+;base64,([A-Za-z0-9+/]*={0,2})$/.exec(dataUrl);
  if (!match || match[1]!.length % 4 !== 0) return null;
  return Buffer.from(match[1]!, 'base64');
}

/** How many bytes a base64 payload decodes to, without decoding it (to refuse oversize early). */
export function decodedSize(dataUrl: string): number {
  const data = dataUrl.slice(dataUrl.indexOf(',') + 1);
  const padding = data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0;
  return Math.floor((data.length * 3) / 4) - padding;
}
