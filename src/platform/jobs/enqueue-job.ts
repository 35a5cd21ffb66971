import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db';
import { jobs } from './jobs.table';

export interface NewJob {
  tenantId: string;
  kind: string;
  runAt: Date;
  payload: Record<string, unknown>;
  /** At most one pending job per key: enqueueing again replaces the pending one. */
  key?: string;
  maxAttempts?: number;
}

/**
 * Adds a job in the caller's transaction, so it exists exactly when the change that wants it
 * commits. The runner picks it up after commit.
 */
export async function enqueueJob(tx: Tx, job: NewJob): Promise<string> {
  if (job.key) await cancelJob(tx, job.tenantId, job.key);
  const [row] = await tx
    .insert(jobs)
    .values({
      tenantId: job.tenantId,
      kind: job.kind,
      key: job.key ?? null,
      payload: job.payload,
      runAt: job.runAt,
      maxAttempts: job.maxAttempts ?? 8,
    })
    .returning({ id: jobs.id });
  return row!.id;
}

/** Cancels the pending job with this key, if any (a met deadline needs no warning). */
export async function cancelJob(tx: Tx, tenantId: string, key: string): Promise<void> {
  await tx
    .update(jobs)
    .set({ state: 'cancelled' })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.key, key), eq(jobs.state, 'pending')));
}
