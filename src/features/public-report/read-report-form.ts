import type { FastifyRequest } from 'fastify';
import { AppError } from '../../platform/errors/app-error';
import { detectImage } from '../../platform/files/detect-image';
import { PHOTO_LIMITS } from './public-limits';
import type { CheckedPhoto } from './submit-public-report';

/** The multipart limits @fastify/multipart enforces while it streams the upload. */
export const MULTIPART_LIMITS = {
  files: PHOTO_LIMITS.maxFiles,
  fileSize: PHOTO_LIMITS.maxBytes,
  fields: 10,
  fieldSize: 8 * 1024,
  parts: 16,
  headerPairs: 100,
};

const MULTIPART_ERRORS: Record<string, () => AppError> = {
  FST_REQ_FILE_TOO_LARGE: () =>
    new AppError('PHOTO_TOO_LARGE', { maxMb: PHOTO_LIMITS.maxBytes / 1024 / 1024 }),
  FST_FILES_LIMIT: () => new AppError('TOO_MANY_PHOTOS', { max: PHOTO_LIMITS.maxFiles }),
  FST_FIELDS_LIMIT: () => new AppError('PAYLOAD_TOO_LARGE'),
  FST_PARTS_LIMIT: () => new AppError('PAYLOAD_TOO_LARGE'),
  FST_INVALID_MULTIPART_CONTENT_TYPE: () => new AppError('VALIDATION_FAILED'),
  FST_PROTO_VIOLATION: () => new AppError('VALIDATION_FAILED'),
};

/**
 * Reads the report form: text fields as strings, and every file part as a photo whose type is
 * judged by its bytes (a PNG named .jpg is a PNG; text named .png is refused). An empty file
 * part (a form sent with no file chosen) is skipped.
 */
export async function readReportForm(
  request: FastifyRequest,
): Promise<{ fields: Record<string, string>; photos: CheckedPhoto[] }> {
  if (!request.isMultipart()) throw new AppError('VALIDATION_FAILED');
  const fields: Record<string, string> = {};
  const photos: CheckedPhoto[] = [];
  try {
    for await (const part of request.parts()) {
      if (part.type === 'field') {
        fields[part.fieldname] = String(part.value);
        continue;
      }
      const data = await part.toBuffer();
      if (data.length === 0 && !part.filename) continue;
      const contentType = await detectImage(data);
      if (!contentType) throw new AppError('PHOTO_NOT_IMAGE');
      photos.push({ contentType, data });
    }
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const mapped = typeof code === 'string' ? MULTIPART_ERRORS[code] : undefined;
    throw mapped ? mapped() : error;
  }
  return { fields, photos };
}
