import { sql } from 'drizzle-orm';
import { type Db, rowsOf, type Tx } from '../db';
import { type ClockStyle, zoneFormatter } from '../format/zone-formatter';
import { dailyCounters } from './daily-counters.table';

const day: ClockStyle = {
  locale: 'en-CA',
  options: { year: 'numeric', month: '2-digit', day: '2-digit' },
};

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function localDay(instant: Date, timeZone: string): string {
  return zoneFormatter(day, timeZone).format(instant);
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
  return formatNumber(prefix, day, row!.value);
}

/** WO-20261128-0001: the prefix, the local day, and the day's sequence in four digits. */
export function formatNumber(prefix: string, day: string, value: number): string {
  return `${prefix}-${day.replaceAll('-', '')}-${String(value).padStart(4, '0')}`;
}

/**
 * Takes the next `count` numbers in one autocommit statement (`app_next_numbers`) and returns
 * the last one's value, like a database sequence: concurrent creates do not queue on the counter
 * row until they commit, but a create that rolls back leaves a gap in the day's numbers (Odoo's
 * "standard" sequences make the same trade). PostgreSQL only: on PGlite a statement outside the
 * open transaction would wait for it.
 */
export async function takeDailyNumbers(
  db: Db,
  tenantId: string,
  prefix: string,
  day: string,
  count: number,
): Promise<number> {
  const result = await db.execute(
    sql`SELECT app_next_numbers(${tenantId}::uuid, ${prefix}, ${day}::date, ${count}::int) AS value`,
  );
  return Number(rowsOf<{ value: number }>(result)[0]!.value);
}
