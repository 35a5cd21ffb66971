import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { registerCalendarRoutes } from './calendar.routes';
import {
  commitmentsView,
  deadlinePreview,
  deadlinePreviewQuery,
  publicCodeParams,
  publicCommitmentsView,
  publicProfile,
  updateCommitmentsBody,
  updatePublicProfileBody,
} from './commitments.schemas';
import { getCommitments } from './get-commitments';
import { getPublicCommitments } from './get-public-commitments';
import { previewDeadlines } from './preview-deadlines';
import { updateCommitments } from './update-commitments';
import { updatePublicProfile } from './update-public-profile';

const tags = ['commitments'];
const read = { permission: 'policies.read' as const };
const manage = { permission: 'policies.manage' as const };

export function registerCommitmentRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/commitments',
    { schema: { tags, response: { 200: commitmentsView } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => getCommitments(tx, ctx)),
  );
  app.put(
    '/api/commitments',
    {
      schema: { tags, body: updateCommitmentsBody, response: { 200: commitmentsView } },
      config: manage,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => updateCommitments(tx, ctx, request.body)),
  );
  app.put(
    '/api/commitments/public-profile',
    {
      schema: { tags, body: updatePublicProfileBody, response: { 200: publicProfile } },
      config: manage,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => updatePublicProfile(tx, ctx, request.body)),
  );
  app.get(
    '/api/commitments/deadline-preview',
    {
      schema: { tags, querystring: deadlinePreviewQuery, response: { 200: deadlinePreview } },
      config: read,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => previewDeadlines(tx, ctx, request.query)),
  );
  app.get(
    '/api/public/commitments/:code',
    {
      schema: {
        tags,
        params: publicCodeParams,
        response: { 200: publicCommitmentsView },
        security: [],
      },
      config: { public: true },
    },
    (request) => getPublicCommitments(db, request.params.code),
  );
  registerCalendarRoutes(app, { db });
}
