import { sql } from 'drizzle-orm';
import { type Db, inTenant, rowsOf } from '../../platform/db';
import type { DayPlan } from './bulk-calendar';

/**
 * Reserves each day's block of work-order numbers in daily_counters in one statement, before
 * any order is written: numbers continue after the day's existing orders, and an order created
 * meanwhile through the app (or later the same day) takes the next number after the block. A
 * seed that dies halfway leaves a gap in the numbers, never a duplicate. Returns the first
 * reserved value of each day.
 */
export async function reserveNumbers(
  db: Db,
  tenantId: string,
  plans: readonly DayPlan[],
): Promise<Map<string, number>> {
  const used = plans.filter((p) => p.count > 0);
  const result = await inTenant(db, tenantId, (tx) =>
    tx.execute(sql`
      INSERT INTO daily_counters (tenant_id, scope, day, value)
      SELECT ${tenantId}::uuid, 'WO', u.day, u.n
      FROM unnest(${sql.param(used.map((p) => p.day))}::date[],
                  ${sql.param(used.map((p) => p.count))}::int[]) AS u(day, n)
      ON CONFLICT (tenant_id, scope, day)
        DO UPDATE SET value = daily_counters.value + excluded.value
      RETURNING to_char(day, 'YYYY-MM-DD') AS day, value`),
  );
  const counts = new Map(used.map((p) => [p.day, p.count]));
  return new Map(
    rowsOf<{ day: string; value: number }>(result).map((r) => [
      r.day,
      Number(r.value) - counts.get(r.day)! + 1,
    ]),
  );
}

/** The number as nextDailyNumber formats it: WO-YYYYMMDD-0001. */
export function workOrderNumber(day: string, value: number): string {
  return `WO-${day.replaceAll('-', '')}-${String(value).padStart(4, '0')}`;
}
