import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { getRequestPhoto } from './get-request-photo';
import { photoParams } from './public-report.schemas';

/**
 * Photos of reports leave only through this route, to people who may read the intake queue:
 * never from a public URL or a static folder. The stored type was judged from the bytes at
 * upload; nosniff keeps the browser from second-guessing it.
 */
export function registerPhotoRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/service-requests/:id/photos/:fileId',
    {
      schema: { tags: ['intake'], params: photoParams },
      config: { permission: 'intake.read' },
      // Runs after the app-wide headers (no-store on /api): a photo never changes, so the
      // signed-in browser may keep it, but no shared cache may.
      onSend: async (_request, reply) => {
        if (reply.statusCode === 200) void reply.header('Cache-Control', 'private, max-age=3600');
      },
    },
    async (request, reply) => {
      const file = await inTenantOf(db, request, (tx, ctx) =>
        getRequestPhoto(tx, ctx.tenantId, request.params.id, request.params.fileId),
      );
      return reply
        .header('Content-Type', file.contentType)
        .header('Content-Disposition', 'inline')
        .header('X-Content-Type-Options', 'nosniff')
        .send(file.data);
    },
  );
}
