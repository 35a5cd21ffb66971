import { sql } from 'drizzle-orm';
import { type Db, inTenant, type Tx } from '../db';
import { dailyCounters } from './daily-counters.table';

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/**
 * The next number of a per-day series: `${prefix}-YYYYMMDD-0001`. The counter row stays locked
 * until the transaction ends, so numbers are gap-free per committed transaction and never repeat.
 */
export async function nextDailyNumber(
  tx: Tx,
  tenantId: string,
  prefix: string,
  day: string,
): Promise<string> {
  const [row] = await tx
    .insert(dailyCounters)
    .values({ tenantId, scope: prefix, day, value: 1 })
    .onConflictDoUpdate({
      target: [dailyCounters.tenantId, dailyCounters.scope, dailyCounters.day],
      set: { value: sql`${dailyCounters.value} + 1` },
    })
    .returning({ value: dailyCounters.value });
  return `${prefix}-${day.replaceAll('-', '')}-${String(row!.value).padStart(4, '0')}`;
}

/**
 * Takes the next number in its own short transaction, like a database sequence: concurrent
 * creates do not queue on the counter row until they commit, but a create that rolls back
 * leaves a gap in the day's numbers (Odoo's "standard" sequences make the same trade).
 */
export function reserveDailyNumber(
  db: Db,
  tenantId: string,
  prefix: string,
  day: string,
): Promise<string> {
  return inTenant(db, tenantId, (tx) => nextDailyNumber(tx, tenantId, prefix, day));
}
