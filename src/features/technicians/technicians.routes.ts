import { z } from 'zod';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import { inTenantOf } from '../accounts';
import { addTechnicianCertificate } from './add-technician-certificate';
import { addTechnicianDayOff } from './add-technician-day-off';
import { cancelTechnicianCertificate } from './cancel-technician-certificate';
import { checkInTechnician } from './check-in-technician';
import { getTechnicianProfile } from './get-technician-profile';
import { listTechnicianProfiles } from './list-technician-profiles';
import { removeTechnicianDayOff } from './remove-technician-day-off';
import { replaceTechnicianSkills } from './replace-technician-skills';
import {
  addCertificateBody,
  addDayOffBody,
  checkInBody,
  checkInView,
  reasonBody,
  replaceSkillsBody,
  technicianProfileView,
  updateProfileBody,
} from './technician-profile.schemas';
import { updateTechnicianProfile } from './update-technician-profile';

const base = '/api/technician-profiles/:userId';
const userParams = z.object({ userId: z.uuid() });
const certificateParams = userParams.extend({ id: z.uuid() });
const dayParams = userParams.extend({ day: z.iso.date() });
const tags = ['technicians'];
const read = { permission: 'technicians.read' as const };
const manage = { permission: 'technicians.manage' as const };
const profile = { 200: technicianProfileView };

export function registerTechnicianRoutes(app: App, { db }: { db: Db }): void {
  app.get(
    '/api/technician-profiles',
    { schema: { tags, response: { 200: z.array(technicianProfileView) } }, config: read },
    (request) => inTenantOf(db, request, (tx, ctx) => listTechnicianProfiles(tx, ctx)),
  );
  app.get(base, { schema: { tags, params: userParams, response: profile }, config: read }, (r) =>
    inTenantOf(db, r, (tx, ctx) => getTechnicianProfile(tx, ctx, r.params.userId)),
  );
  app.put(
    base,
    {
      schema: { tags, params: userParams, body: updateProfileBody, response: profile },
      config: manage,
    },
    (r) =>
      inTenantOf(db, r, (tx, ctx) => updateTechnicianProfile(tx, ctx, r.params.userId, r.body)),
  );
  app.put(
    `${base}/skills`,
    {
      schema: { tags, params: userParams, body: replaceSkillsBody, response: profile },
      config: manage,
    },
    (r) =>
      inTenantOf(db, r, (tx, ctx) => replaceTechnicianSkills(tx, ctx, r.params.userId, r.body)),
  );
  app.post(
    `${base}/certificates`,
    {
      schema: { tags, params: userParams, body: addCertificateBody, response: profile },
      config: manage,
    },
    (r) =>
      inTenantOf(db, r, (tx, ctx) => addTechnicianCertificate(tx, ctx, r.params.userId, r.body)),
  );
  app.post(
    `${base}/certificates/:id/cancel`,
    {
      schema: { tags, params: certificateParams, body: reasonBody, response: profile },
      config: manage,
    },
    (r) =>
      inTenantOf(db, r, (tx, ctx) =>
        cancelTechnicianCertificate(tx, ctx, r.params.userId, r.params.id, r.body),
      ),
  );
  app.post(
    `${base}/days-off`,
    {
      schema: { tags, params: userParams, body: addDayOffBody, response: profile },
      config: manage,
    },
    (r) => inTenantOf(db, r, (tx, ctx) => addTechnicianDayOff(tx, ctx, r.params.userId, r.body)),
  );
  app.post(
    `${base}/days-off/:day/remove`,
    { schema: { tags, params: dayParams, response: profile }, config: manage },
    (r) =>
      inTenantOf(db, r, (tx, ctx) =>
        removeTechnicianDayOff(tx, ctx, r.params.userId, r.params.day),
      ),
  );
  app.post(
    '/api/technician-profiles/me/position',
    {
      schema: { tags, body: checkInBody, response: { 200: checkInView } },
      config: { permission: 'technicians.checkIn' as const },
    },
    (r) => inTenantOf(db, r, (tx, ctx) => checkInTechnician(tx, ctx, r.body)),
  );
}
