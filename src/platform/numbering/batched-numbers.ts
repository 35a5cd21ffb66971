import type { Db } from '../db';
import { formatNumber, takeDailyNumbers } from './next-number';

/** Takes `count` numbers of a series at once and resolves to the last one's value. */
export type TakeNumbers = (
  tenantId: string,
  prefix: string,
  day: string,
  count: number,
) => Promise<number>;

export type ReserveNumber = (tenantId: string, prefix: string, day: string) => Promise<string>;

interface Waiter {
  resolve(number: string): void;
  reject(error: unknown): void;
}

/** At most this many numbers in one statement; more waiting go in the next. */
const MAX_BLOCK = 100;

/**
 * Reserves numbers the way a database commits in groups: a series' first request goes out at
 * once, and the requests that come while a statement is out wait for it, then go together as one
 * statement for as many numbers. Under load one statement serves many creates; alone, a create
 * waits for nobody. Each series (tenant, prefix, day) has at most one statement out, and its
 * numbers go out in the order they were asked for. A failed statement fails its own requests
 * only. A number whose create fails is a gap, as with one statement each.
 */
export function batchedReservations(take: TakeNumbers): ReserveNumber {
  /** The requests waiting behind each series' statement that is out. */
  const waitingOf = new Map<string, Waiter[]>();

  async function run(key: string, first: Waiter, tenantId: string, prefix: string, day: string) {
    let batch = [first];
    while (batch.length > 0) {
      try {
        const last = await take(tenantId, prefix, day, batch.length);
        const start = last - batch.length + 1;
        batch.forEach((waiter, i) => waiter.resolve(formatNumber(prefix, day, start + i)));
      } catch (error) {
        for (const waiter of batch) waiter.reject(error);
      }
      batch = waitingOf.get(key)!.splice(0, MAX_BLOCK);
    }
    waitingOf.delete(key);
  }

  return (tenantId, prefix, day) =>
    new Promise<string>((resolve, reject) => {
      const key = `${tenantId}/${prefix}/${day}`;
      const waiting = waitingOf.get(key);
      if (waiting) {
        waiting.push({ resolve, reject });
        return;
      }
      waitingOf.set(key, []);
      void run(key, { resolve, reject }, tenantId, prefix, day);
    });
}

/** Batched reservations on a database's side connections (`app_next_numbers`). */
export const dailyNumberReserver = (db: Db): ReserveNumber =>
  batchedReservations((tenantId, prefix, day, count) =>
    takeDailyNumbers(db, tenantId, prefix, day, count),
  );
