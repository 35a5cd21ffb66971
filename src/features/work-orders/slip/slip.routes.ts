import { z } from 'zod';
import type { Db } from '../../../platform/db';
import type { App } from '../../../platform/http/app-types';
import { inTenantOf } from '../../accounts';
import { getSlip } from './get-slip';
import { renderSlipPdf } from './render-slip-pdf';
import { slipView } from './slip.schemas';

const idParams = z.object({ id: z.uuid() });
const tags = ['work orders'];
// The order's own visibility applies (getSlip): a technician reads only their own orders' slips.
const read = { permission: 'workOrders.read' as const };

/** Opens in the browser's viewer (to print); the name carries the order number for a save. */
function inlinePdf(number: string): string {
  return `inline; filename="${number}.pdf"; filename*=UTF-8''${encodeURIComponent(`服务处理单-${number}.pdf`)}`;
}

export function registerSlipRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/work-orders/:id/slip',
    { schema: { tags, params: idParams, response: { 200: slipView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getSlip(tx, ctx, request.params.id)),
  );
  app.get(
    '/api/work-orders/:id/slip.pdf',
    {
      schema: {
        tags,
        params: idParams,
        description:
          'The service slip (服务处理单) as an A4 PDF: a customer and a dispatcher copy.',
        produces: ['application/pdf'],
      },
      config: read,
    },
    async (request, reply) => {
      const view = await inTenantOf(db, request, (tx, ctx) => getSlip(tx, ctx, request.params.id));
      // Drawn after the commit: no transaction waits on the rendering.
      const pdf = await renderSlipPdf(view);
      return reply
        .type('application/pdf')
        .header('content-disposition', inlinePdf(view.order.number))
        .send(pdf);
    },
  );
}
