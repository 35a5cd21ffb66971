import { fileTypeFromBuffer } from 'file-type';

/** The photo formats a phone camera produces that browsers (or the desk's viewer) can show. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

/**
 * The image type of some bytes, judged by their content (magic numbers), never by the file's
 * name or the type the client claims; null when they are not one of IMAGE_TYPES. HEIF
 * variants are stored as image/heic, the type iPhones upload.
 */
export async function detectImage(data: Uint8Array): Promise<ImageType | null> {
  const found = await fileTypeFromBuffer(data);
  if (!found) return null;
  if (found.ext === 'heic') return 'image/heic';
  return (IMAGE_TYPES as readonly string[]).includes(found.mime) ? (found.mime as ImageType) : null;
}
