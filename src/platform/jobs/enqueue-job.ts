import { and, eq, inArray } from 'drizzle-orm';
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
  const [row] = await insertNewJobs(tx, [job]);
  return row!.id;
}

/** Cancels the pending job with this key, if any (a met deadline needs no warning). */
export async function cancelJob(tx: Tx, tenantId: string, key: string): Promise<void> {
  await tx
    .update(jobs)
    .set({ state: 'cancelled' })
    .where(and(eq(jobs.tenantId, tenantId), eq(jobs.key, key), eq(jobs.state, 'pending')));
}

/**
 * Several jobs of one tenant in two statements: the pending jobs holding any of their keys are
 * cancelled, then all are inserted (a clock's warning and breach, armed together).
 */
export async function enqueueJobs(tx: Tx, list: readonly NewJob[]): Promise<void> {
  const tenantId = list[0]?.tenantId;
  if (tenantId === undefined) return;
  const keys = list.flatMap((job) => (job.key ? [job.key] : []));
  await cancelJobs(tx, tenantId, keys);
  await insertNewJobs(tx, list);
}

/**
 * The insert of jobs whose keys no pending job can hold yet, because they name rows made in
 * the same statement: run it as a CTE of the insert that makes those rows (one round trip).
 */
export function insertNewJobs(tx: Tx, list: readonly NewJob[]) {
  const tenantId = list[0]?.tenantId;
  if (list.some((job) => job.tenantId !== tenantId))
    throw new Error('insertNewJobs: every job must be of one tenant');
  return tx
    .insert(jobs)
    .values(
      list.map((job) => ({
        tenantId: job.tenantId,
        kind: job.kind,
        key: job.key ?? null,
        payload: job.payload,
        runAt: job.runAt,
        maxAttempts: job.maxAttempts ?? 8,
      })),
    )
    .returning({ id: jobs.id });
}

/** Cancels the pending jobs holding any of these keys. */
export async function cancelJobs(tx: Tx, tenantId: string, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await tx
    .update(jobs)
    .set({ state: 'cancelled' })
    .where(
      and(eq(jobs.tenantId, tenantId), inArray(jobs.key, [...keys]), eq(jobs.state, 'pending')),
    );
}
