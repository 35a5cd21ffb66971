import { and, asc, eq, gte, inArray, isNull } from 'drizzle-orm';
import { type Queryable, sequentially } from '../../platform/db';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { users } from '../accounts';
import { productCategories } from '../catalog';
import { DEFAULT_SHIFT } from './shift-time.rules';
import type { TechnicianProfileView } from './technician-profile.schemas';
import {
  technicianCertificates,
  technicianDaysOff,
  technicianProfiles,
  technicianSkills,
} from './technicians.table';

type Ctx = Pick<RequestContext, 'tenantId' | 'tenantTimezone' | 'clock'>;

/** Profiles of the given users (in that order), with defaults where none was written yet. */
export async function loadProfileViews(
  db: Queryable,
  ctx: Ctx,
  userIds: string[],
): Promise<TechnicianProfileView[]> {
  if (userIds.length === 0) return [];
  const today = localDay(ctx.clock.now(), ctx.tenantTimezone);
  const [people, profiles, skills, certificates, daysOff] = await sequentially(
    db
      .select({
        id: users.id,
        username: users.username,
        displayName: users.displayName,
        phone: users.phone,
      })
      .from(users)
      .where(and(eq(users.tenantId, ctx.tenantId), inArray(users.id, userIds))),
    db
      .select()
      .from(technicianProfiles)
      .where(
        and(
          eq(technicianProfiles.tenantId, ctx.tenantId),
          inArray(technicianProfiles.userId, userIds),
        ),
      ),
    db
      .select({
        userId: technicianSkills.userId,
        categoryId: technicianSkills.categoryId,
        categoryCode: productCategories.code,
        categoryName: productCategories.name,
        level: technicianSkills.level,
      })
      .from(technicianSkills)
      .innerJoin(productCategories, eq(productCategories.id, technicianSkills.categoryId))
      .where(
        and(eq(technicianSkills.tenantId, ctx.tenantId), inArray(technicianSkills.userId, userIds)),
      )
      .orderBy(asc(productCategories.code)),
    db
      .select({ cert: technicianCertificates, categoryName: productCategories.name })
      .from(technicianCertificates)
      .innerJoin(productCategories, eq(productCategories.id, technicianCertificates.categoryId))
      .where(
        and(
          eq(technicianCertificates.tenantId, ctx.tenantId),
          inArray(technicianCertificates.userId, userIds),
          isNull(technicianCertificates.cancelledAt),
        ),
      )
      .orderBy(asc(technicianCertificates.expiresOn)),
    db
      .select()
      .from(technicianDaysOff)
      .where(
        and(
          eq(technicianDaysOff.tenantId, ctx.tenantId),
          inArray(technicianDaysOff.userId, userIds),
          gte(technicianDaysOff.day, today),
        ),
      )
      .orderBy(asc(technicianDaysOff.day)),
  );
  const byId = new Map(people.map((p) => [p.id, p]));
  const profileOf = new Map(profiles.map((p) => [p.userId, p]));
  return userIds.flatMap((userId) => {
    const person = byId.get(userId);
    if (!person) return [];
    const p = profileOf.get(userId);
    return [
      {
        userId,
        username: person.username,
        displayName: person.displayName,
        phone: person.phone,
        baseLabel: p?.baseLabel ?? null,
        baseLat: p?.baseLat ?? null,
        baseLng: p?.baseLng ?? null,
        shiftStart: p?.shiftStart ?? DEFAULT_SHIFT.start,
        shiftEnd: p?.shiftEnd ?? DEFAULT_SHIFT.end,
        workDays: p?.workDays ?? [...DEFAULT_SHIFT.workDays],
        lastLat: p?.lastLat ?? null,
        lastLng: p?.lastLng ?? null,
        lastSeenAt: p?.lastSeenAt?.toISOString() ?? null,
        skills: skills.filter((s) => s.userId === userId).map(({ userId: _u, ...skill }) => skill),
        certificates: certificates
          .filter((c) => c.cert.userId === userId)
          .map(({ cert, categoryName }) => ({
            id: cert.id,
            categoryId: cert.categoryId,
            categoryName,
            name: cert.name,
            number: cert.number,
            expiresOn: cert.expiresOn,
            expired: cert.expiresOn < today,
          })),
        daysOff: daysOff
          .filter((d) => d.userId === userId)
          .map((d) => ({ day: d.day, reason: d.reason })),
      },
    ];
  });
}
