import { and, arrayContains, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { users } from '../accounts';
import { productCategories } from '../catalog/catalog.table';
import { customers } from '../customers';
import {
  technicianCertificates,
  technicianDaysOff,
  technicianProfiles,
  technicianSkills,
} from '../technicians/technicians.table';
import { workOrders } from '../work-orders';
import type { PlanOrder, PlanTechnician } from './day-plan.model';
import type { CategoryFacts } from './eligibility.rules';
import { instantAt, minutesInto } from './local-time.rules';

/** Where an open order sits in its technician's day, and how urgent it is. */
export interface Placement {
  plannedStart: Date | null;
  routeSequence: number | null;
  urgency: 'normal' | 'urgent' | 'critical';
}

export interface DayContext {
  day: string;
  categories: CategoryFacts[];
  technicians: PlanTechnician[];
  orders: PlanOrder[];
  placements: Map<string, Placement>;
}

const DEFAULT_SHIFT = { start: 510, end: 1050, days: [1, 2, 3, 4, 5] };

/**
 * Everything a day plan needs: the tenant's technicians with their skills, certificates, days
 * off and shifts, and the open orders not planned for another day. On today, shifts start no
 * earlier than now and technicians start from their last check-in.
 */
export async function loadDayContext(
  tx: Tx,
  ctx: RequestContext,
  day: string,
): Promise<DayContext> {
  const zone = ctx.tenantTimezone;
  const dayStart = instantAt(day, 0, zone);
  const dayEnd = instantAt(day, 24 * 60, zone);
  const now = ctx.clock.now();
  const nowMinutes = minutesInto(day, now, zone);
  const isToday = nowMinutes >= 0 && nowMinutes < 24 * 60;
  const tenant = (column: AnyPgColumn) => eq(column, ctx.tenantId);

  const [categories, techs, skills, certificates, daysOff, orders] = await sequentially(
    tx
      .select()
      .from(productCategories)
      .where(and(tenant(productCategories.tenantId), isNull(productCategories.cancelledAt))),
    tx
      .select({ user: users, profile: technicianProfiles })
      .from(users)
      .leftJoin(technicianProfiles, eq(technicianProfiles.userId, users.id))
      .where(
        and(
          tenant(users.tenantId),
          eq(users.isDisabled, false),
          arrayContains(users.roles, ['technician']),
        ),
      ),
    tx.select().from(technicianSkills).where(tenant(technicianSkills.tenantId)),
    tx
      .select()
      .from(technicianCertificates)
      .where(
        and(tenant(technicianCertificates.tenantId), isNull(technicianCertificates.cancelledAt)),
      ),
    tx
      .select()
      .from(technicianDaysOff)
      .where(and(tenant(technicianDaysOff.tenantId), eq(technicianDaysOff.day, day))),
    tx
      .select({ order: workOrders, customerName: customers.name })
      .from(workOrders)
      .innerJoin(customers, eq(customers.id, workOrders.customerId))
      .where(
        and(
          tenant(workOrders.tenantId),
          // Booked visits stay on the board, with their technician.
          inArray(workOrders.status, ['new', 'assigned', 'scheduled']),
          or(
            isNull(workOrders.plannedStart),
            and(gte(workOrders.plannedStart, dayStart), lt(workOrders.plannedStart, dayEnd)),
          ),
          or(
            isNull(workOrders.windowStart),
            and(lt(workOrders.windowStart, dayEnd), gte(workOrders.windowEnd, dayStart)),
          ),
        ),
      ),
  );
  const categoryFacts = categories.map((c) => ({
    id: c.id,
    name: c.name,
    requiresCertificate: c.requiresCertificate,
  }));
  const categoryById = new Map(categories.map((c) => [c.id, c]));

  const technicians: PlanTechnician[] = techs.map(({ user, profile }) => {
    const base =
      profile?.baseLat != null && profile.baseLng != null
        ? { lat: profile.baseLat, lng: profile.baseLng }
        : null;
    const checkedInToday =
      isToday &&
      profile?.lastSeenAt &&
      profile.lastSeenAt >= dayStart &&
      profile.lastLat != null &&
      profile.lastLng != null;
    const shiftStart = profile?.shiftStart ?? DEFAULT_SHIFT.start;
    return {
      facts: {
        id: user.id,
        name: user.displayName,
        isActive: true,
        skills: skills
          .filter((s) => s.userId === user.id)
          .map((s) => ({ categoryId: s.categoryId, level: s.level })),
        certificates: certificates
          .filter((c) => c.userId === user.id)
          .map((c) => ({ categoryId: c.categoryId, name: c.name, expiresOn: c.expiresOn })),
        workDays: profile?.workDays ?? DEFAULT_SHIFT.days,
        daysOff: daysOff.filter((d) => d.userId === user.id).map((d) => d.day),
      },
      start: checkedInToday ? { lat: profile!.lastLat!, lng: profile!.lastLng! } : base,
      base,
      shiftStart: isToday ? Math.max(shiftStart, Math.ceil(nowMinutes)) : shiftStart,
      shiftEnd: profile?.shiftEnd ?? DEFAULT_SHIFT.end,
    };
  });

  const planOrders: PlanOrder[] = orders.map(({ order, customerName }) => {
    const category = order.categoryId ? categoryById.get(order.categoryId) : undefined;
    return {
      id: order.id,
      number: order.number,
      customerName,
      urgent: order.urgency !== 'normal',
      location:
        order.lat !== null && order.lng !== null ? { lat: order.lat, lng: order.lng } : null,
      category: category
        ? {
            id: category.id,
            name: category.name,
            requiresCertificate: category.requiresCertificate,
          }
        : null,
      requiredLevel: order.requiredLevel,
      serviceMinutes: order.estimatedMinutes ?? category?.defaultMinutes ?? 60,
      window:
        order.windowStart && order.windowEnd
          ? {
              start: Math.max(0, minutesInto(day, order.windowStart, zone)),
              end: Math.min(24 * 60, minutesInto(day, order.windowEnd, zone)),
              agreed: order.windowAgreed,
            }
          : null,
      lockedTo:
        order.status !== 'new' && order.technicianId ? { technicianId: order.technicianId } : null,
    };
  });
  const placements = new Map(
    orders.map(({ order }) => [
      order.id,
      {
        plannedStart: order.plannedStart,
        routeSequence: order.routeSequence,
        urgency: order.urgency,
      },
    ]),
  );
  return { day, categories: categoryFacts, technicians, orders: planOrders, placements };
}
