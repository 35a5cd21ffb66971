import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorMessage, errorStatus } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';
import { languageOf } from './language';

const FASTIFY_STATUS_CODES: Record<number, ErrorCode> = {
  400: 'VALIDATION_FAILED',
  404: 'NOT_FOUND',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * Every error leaves as `{ code, message }` in the caller's language. Nothing else of an
 * unexpected error (stack, SQL, paths) reaches the response; it goes to the log.
 */
export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError, request, reply) => {
    const language = languageOf(request);
    let code: ErrorCode = 'INTERNAL';
    let params: Record<string, string | number> = {};
    let details: unknown;
    if (error instanceof AppError) {
      ({ code, params } = error);
      details = error.details;
    } else if (hasZodFastifySchemaValidationErrors(error)) {
      code = 'VALIDATION_FAILED';
      details = error.validation.map((v) => ({
        path: `${error.validationContext ?? ''}${v.instancePath}`.replaceAll('/', '.'),
        message: v.message,
      }));
    } else if (error.statusCode && FASTIFY_STATUS_CODES[error.statusCode]) {
      code = FASTIFY_STATUS_CODES[error.statusCode]!;
    }
    if (code === 'INTERNAL') request.log.error({ err: error }, 'unhandled error');
    const body: Record<string, unknown> = { code, message: errorMessage(code, language, params) };
    if (details !== undefined) body.details = details;
    return reply.status(errorStatus(code)).send(body);
  });
}
