import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyServerOptions } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Clock } from '../platform/clock';
import type { Config } from '../platform/config';
import type { Database } from '../platform/db';
import { AppError } from '../platform/errors/app-error';
import type { App } from '../platform/http/app-types';
import { registerErrorHandler } from '../platform/http/error-handler';
import { registerSecurityHeaders } from '../platform/http/security-headers';
import { registerAccountRoutes, registerAuthHook } from '../features/accounts';
import { registerCatalogRoutes } from '../features/catalog';
import { registerCommitmentRoutes } from '../features/commitments';
import { registerCustomerRoutes } from '../features/customers';
import { registerDispatchRoutes } from '../features/dispatch';
import { registerHotlineRoutes } from '../features/hotline';
import { registerLabelRoutes } from '../features/labels';
import { registerExportRoutes } from '../features/exports';
import { registerImportRoutes } from '../features/imports';
import { registerInstalledBaseRoutes } from '../features/installed-base';
import { registerIntakeRoutes } from '../features/intake';
import { registerPublicReportRoutes } from '../features/public-report';
import { registerSlaRoutes } from '../features/sla';
import { registerTechnicianRoutes } from '../features/technicians';
import { registerSlipRoutes, registerWorkOrderRoutes } from '../features/work-orders';
import { registerWarrantyRoutes } from '../features/warranty';
import { registerFeeRoutes } from '../features/fees';
import { registerRepairReturnRoutes } from '../features/repair-returns';
import { registerNotificationRoutes } from '../features/notifications';
import { registerInventoryRoutes } from '../features/inventory';

export const WEB_DIST = fileURLToPath(new URL('../../dist/web', import.meta.url));

export interface AppDeps {
  database: Database;
  config: Config;
  clock: Clock;
  logger?: FastifyServerOptions['logger'];
}

/** The whole HTTP application; no listening, so tests can inject requests. */
export async function buildApp({ database, config, clock, logger = false }: AppDeps): Promise<App> {
  const app = Fastify({
    logger,
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandler(app);
  registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Aftersales 售后服务管理系统 API', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sid' } } },
      security: [{ session: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });

  const db = database.db;
  registerAuthHook(app, {
    db,
    clock,
    sessionPolicy: {
      idleMinutes: config.sessionIdleMinutes,
      absoluteHours: config.sessionAbsoluteHours,
    },
    // PGlite runs one transaction at a time: there numbers come from the caller's transaction.
    numbersDb: database.sideDb,
  });
  app.get(
    '/api/health',
    {
      schema: { tags: ['platform'], response: { 200: z.object({ status: z.literal('ok') }) } },
      config: { public: true },
    },
    async () => ({ status: 'ok' as const }),
  );
  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
  registerAccountRoutes(app, {
    db,
    clock,
    cookie: { secure: config.cookieSecure, maxAgeSeconds: config.sessionAbsoluteHours * 3600 },
  });
  registerCustomerRoutes(app, { db });
  registerHotlineRoutes(app, { db });
  registerWorkOrderRoutes(app, { db });
  registerSlipRoutes(app, { db });
  registerDispatchRoutes(app, { db });
  registerCatalogRoutes(app, { db });
  registerTechnicianRoutes(app, { db });
  registerWarrantyRoutes(app, { db });
  registerFeeRoutes(app, { db });
  registerRepairReturnRoutes(app, { db });
  registerLabelRoutes(app, { db, publicBaseUrl: config.publicBaseUrl });
  registerImportRoutes(app, { db });
  registerExportRoutes(app, { db });
  registerCommitmentRoutes(app, { db });
  registerInstalledBaseRoutes(app, { db });
  registerIntakeRoutes(app, { db });
  registerPublicReportRoutes(app, { db, clock });
  registerSlaRoutes(app, { db });
  registerNotificationRoutes(app, { db });
  registerInventoryRoutes(app, { db });

  const hasWeb = existsSync(WEB_DIST);
  if (hasWeb) await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET' || !hasWeb)
      throw new AppError('NOT_FOUND');
    // The single-page app routes everything else itself.
    return reply.type('text/html').sendFile('index.html');
  });
  return app;
}
