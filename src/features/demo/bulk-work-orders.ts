import type { Db } from '../../platform/db';
import { buildBatch } from './bulk-batch';
import { planDays, timesInDay } from './bulk-calendar';
import { loadBulkContext } from './bulk-context';
import { reserveNumbers, workOrderNumber } from './bulk-numbers';
import { type BulkOrder, makeOrder } from './bulk-orders';
import { seededRng } from './bulk-random';
import { writeBatch } from './bulk-write';

export interface BulkOptions {
  orders: number;
  /** Orders per transaction; each also writes its call and 2–5 audit events. */
  batchSize?: number;
  seed?: number;
  nowMs?: number;
  onProgress?: (written: number, total: number) => void;
}

export interface BulkResult {
  orders: number;
  auditEvents: number;
}

/**
 * Transactions in flight at once. Foreign-key checks make the server the bottleneck, and one
 * backend uses one core: two keep both busy while this process generates the next batch. Seals
 * stay in order: each transaction extends the seal chain under the sealer's advisory lock.
 */
const WRITERS = 2;

const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Adds `orders` work orders, with their hotline calls and audit trails, to a tenant over the
 * last 365 days. Generation and writing overlap: while the server inserts batches, the next is
 * generated, yielding every few hundred orders so that the in-flight transactions' next
 * statements are sent without waiting for the whole batch.
 */
export async function addBulkWorkOrders(
  db: Db,
  tenant: { id: string; timezone: string },
  options: BulkOptions,
): Promise<BulkResult> {
  const nowMs = options.nowMs ?? Date.now();
  const batchSize = options.batchSize ?? 10_000;
  const ctx = await loadBulkContext(db, tenant);
  const plans = planDays(options.orders, nowMs, tenant.timezone);
  const firsts = await reserveNumbers(db, tenant.id, plans);
  const rng = seededRng(options.seed ?? 2026);
  const sealedAt = new Date(nowMs).toISOString();
  const result: BulkResult = { orders: 0, auditEvents: 0 };
  let failure: unknown;
  const writing = new Set<Promise<void>>();
  let buffer: BulkOrder[] = [];

  const flush = async () => {
    const batch = buildBatch(tenant.id, ctx.desk.id, buffer);
    buffer = [];
    while (writing.size >= WRITERS) await Promise.race(writing);
    if (failure) throw failure;
    // The catch keeps a failure from being an unhandled rejection while the next batch is
    // generated; it is rethrown at the next flush.
    const write: Promise<void> = writeBatch(db, tenant.id, batch, sealedAt)
      .then(
        () => {
          result.orders += batch.orders;
          result.auditEvents += batch.events.length;
          options.onProgress?.(result.orders, options.orders);
        },
        (error: unknown) => void (failure ??= error),
      )
      .finally(() => writing.delete(write));
    writing.add(write);
  };

  for (const plan of plans) {
    let next = firsts.get(plan.day) ?? 1;
    for (const at of timesInDay(plan, rng)) {
      buffer.push(makeOrder(ctx, rng, at, workOrderNumber(plan.day, next++), nowMs));
      if (buffer.length >= batchSize) await flush();
      else if (buffer.length % 250 === 0) await yieldToIo();
    }
  }
  if (buffer.length > 0) await flush();
  await Promise.all(writing);
  if (failure) throw failure;
  return result;
}
