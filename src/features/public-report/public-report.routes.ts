import fastifyMultipart from '@fastify/multipart';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { App } from '../../platform/http/app-types';
import { rateLimited } from './check-device-limits';
import { getPublicDevice } from './get-public-device';
import { getPublicTracking } from './get-public-tracking';
import { registerPhotoRoutes } from './photo.routes';
import { PUBLIC_LIMITS } from './public-limits';
import {
  publicDeviceView,
  publicReportAnswer,
  publicReportFields,
  publicTokenParams,
  publicTrackingView,
} from './public-report.schemas';
import { SlidingWindowLimiter } from './rate-limiter';
import { MULTIPART_LIMITS, readReportForm } from './read-report-form';
import { resolvePublicTarget } from './resolve-public-target';
import { submitPublicReport } from './submit-public-report';

const tags = ['public-report'];
const open = { public: true };

export interface PublicReportDeps {
  db: Db;
  clock: Clock;
}

/**
 * The pages behind a device's QR label and a report's tracking link: no session, so every
 * call is limited per client address (in memory, per process) and reports per device (in the
 * database). A limit answers 429 with Retry-After, as JSON the page turns into a message.
 */
export function registerPublicReportRoutes(app: App, { db, clock }: PublicReportDeps): void {
  const lookups = new SlidingWindowLimiter(PUBLIC_LIMITS.addressLookups, clock);
  const reports = new SlidingWindowLimiter(PUBLIC_LIMITS.addressReports, clock);
  const limit = (limiter: SlidingWindowLimiter, request: FastifyRequest, take = true) => {
    const wait = take ? limiter.take(request.ip) : limiter.retryAfter(request.ip);
    if (wait > 0) throw rateLimited(wait);
  };

  // Multipart is parsed only in this scope, with its limits: nowhere else accepts uploads.
  void app.register(async (parent) => {
    const scope = parent.withTypeProvider<ZodTypeProvider>();
    await scope.register(fastifyMultipart, { limits: MULTIPART_LIMITS });
    scope.addHook('onError', async (_request, reply: FastifyReply, error) => {
      if (error instanceof AppError && error.code === 'RATE_LIMITED')
        void reply.header('Retry-After', String(error.params.retryAfter ?? 60));
    });

    scope.get(
      '/api/public/devices/:token',
      {
        schema: {
          tags,
          params: publicTokenParams,
          response: { 200: publicDeviceView },
          security: [],
        },
        config: open,
      },
      (request) => {
        limit(lookups, request);
        return getPublicDevice(db, clock, request.params.token);
      },
    );

    scope.post(
      '/api/public/devices/:token/reports',
      {
        schema: {
          tags,
          params: publicTokenParams,
          consumes: ['multipart/form-data'],
          response: { 201: publicReportAnswer },
          security: [],
        },
        config: open,
      },
      async (request, reply) => {
        limit(lookups, request);
        limit(reports, request, false);
        const device = await resolvePublicTarget(db, 'asset', request.params.token);
        const form = await readReportForm(request);
        const parsed = publicReportFields.safeParse(form.fields);
        if (!parsed.success)
          throw new AppError(
            'VALIDATION_FAILED',
            {},
            parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
          );
        const answer = await submitPublicReport(db, clock, device, {
          fields: parsed.data,
          photos: form.photos,
          sourceIp: request.ip,
        });
        reports.hit(request.ip);
        return reply.status(201).send(answer);
      },
    );

    scope.get(
      '/api/public/tracking/:token',
      {
        schema: {
          tags,
          params: publicTokenParams,
          response: { 200: publicTrackingView },
          security: [],
        },
        config: open,
      },
      (request) => {
        limit(lookups, request);
        return getPublicTracking(db, request.params.token);
      },
    );
  });
  registerPhotoRoutes(app, { db });
}
