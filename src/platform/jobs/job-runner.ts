import { and, eq, sql } from 'drizzle-orm';
import type { Clock } from '../clock';
import { type Db, inTenant, rowsOf, type Tx } from '../db';
import { jobs } from './jobs.table';

export type Job = typeof jobs.$inferSelect;

/**
 * What to do for one kind of job. `inTransaction` effects are database writes: they commit in
 * the same tenant transaction that marks the job done, so they happen exactly once even when a
 * runner dies or two runners race. `outside` effects (SMTP, HTTP) happen at least once: a crash
 * after sending and before recording sends again. Throw to retry later.
 */
export type JobHandler =
  | { kind: string; inTransaction: (tx: Tx, job: Job) => Promise<void> }
  | { kind: string; outside: (job: Job) => Promise<void> };

export interface JobRunnerOptions {
  db: Db;
  clock: Clock;
  handlers: readonly JobHandler[];
  /** How long a claimed job is held before another runner may take it over. */
  leaseMs?: number;
  /** Milliseconds before retry n (1-based); exponential from 30 s, capped at 1 h by default. */
  backoffMs?: (attempt: number) => number;
  /** A failed attempt (with its job), or a failed poll (without one). */
  onError?: (error: unknown, job?: Job) => void;
  batchSize?: number;
  /** How long wake() waits to gather the wakes of a burst into one run (default 50 ms). */
  wakeDelayMs?: number;
}

export interface JobRunner {
  /** Does every job due now; returns how many it finished (done, retried or failed). */
  runDue(): Promise<number>;
  /** Polls every `everyMs` until stopped. */
  start(everyMs: number): void;
  /**
   * Runs soon, without waiting for the next poll (after a commit that enqueued work). Wakes
   * within `wakeDelayMs` of each other share one run, so a burst of writes costs one claim.
   */
  wake(): void;
  /** Stops polling and waits for the job in hand; a stopped runner claims nothing more. */
  stop(): Promise<void>;
}

export const defaultBackoffMs = (attempt: number) =>
  Math.min(30_000 * 2 ** (attempt - 1), 60 * 60_000);

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const { db, clock } = options;
  const leaseMs = options.leaseMs ?? 5 * 60_000;
  const backoffMs = options.backoffMs ?? defaultBackoffMs;
  const batchSize = options.batchSize ?? 20;
  const wakeDelayMs = options.wakeDelayMs ?? 50;
  const byKind = new Map(options.handlers.map((h) => [h.kind, h]));
  let timer: NodeJS.Timeout | undefined;
  let wakeTimer: NodeJS.Timeout | undefined;
  let running: Promise<number> | undefined;
  let again = false;
  let stopped = false;

  /** Takes up to a batch of due jobs; SKIP LOCKED lets runners in other processes share work. */
  async function claim(): Promise<Job[]> {
    const now = clock.now();
    const result = await db.execute(sql`
      UPDATE jobs SET locked_until = ${new Date(now.getTime() + leaseMs)},
        attempts = attempts + 1
      WHERE id IN (
        SELECT id FROM jobs
        WHERE state = 'pending' AND run_at <= ${now}
          AND (locked_until IS NULL OR locked_until <= ${now})
        ORDER BY run_at LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED)
      RETURNING id`);
    const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
    if (ids.length === 0) return [];
    const claimed = await db.query.jobs.findMany({ where: (j, { inArray }) => inArray(j.id, ids) });
    return claimed.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
  }

  /** Marks the job done if it is still pending; false when another runner finished it first. */
  async function finish(tx: Tx, job: Job): Promise<boolean> {
    const done = await tx
      .update(jobs)
      .set({ state: 'done', doneAt: clock.now(), lockedUntil: null, lastError: null })
      .where(and(eq(jobs.id, job.id), eq(jobs.state, 'pending')))
      .returning({ id: jobs.id });
    return done.length === 1;
  }

  async function fail(job: Job, error: unknown): Promise<void> {
    const message = error instanceof Error ? error.message : String(error);
    const giveUp = job.attempts >= job.maxAttempts;
    await db
      .update(jobs)
      .set({
        state: giveUp ? 'failed' : 'pending',
        runAt: giveUp ? job.runAt : new Date(clock.now().getTime() + backoffMs(job.attempts)),
        lockedUntil: null,
        lastError: message.slice(0, 2000),
      })
      .where(and(eq(jobs.id, job.id), eq(jobs.state, 'pending')));
    options.onError?.(error, job);
  }

  async function runOne(job: Job): Promise<void> {
    const handler = byKind.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job kind ${job.kind}`);
      if ('inTransaction' in handler) {
        await inTenant(db, job.tenantId, async (tx) => {
          if (await finish(tx, job)) await handler.inTransaction(tx, job);
        });
      } else {
        await handler.outside(job);
        await inTenant(db, job.tenantId, (tx) => finish(tx, job));
      }
    } catch (error) {
      await fail(job, error);
    }
  }

  async function drain(): Promise<number> {
    let count = 0;
    while (!stopped) {
      const batch = await claim();
      if (batch.length === 0) return count;
      for (const job of batch) await runOne(job);
      count += batch.length;
    }
    return count;
  }

  function runDue(): Promise<number> {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        total += await drain();
      } while (again && !stopped);
      return total;
    })().finally(() => (running = undefined));
    return running;
  }

  const tick = () => {
    runDue().catch((e: unknown) => options.onError?.(e));
  };

  return {
    runDue,
    start(everyMs) {
      if (timer) clearInterval(timer);
      timer = setInterval(tick, everyMs);
      timer.unref();
    },
    wake() {
      if (stopped || wakeTimer) return;
      wakeTimer = setTimeout(() => {
        wakeTimer = undefined;
        tick();
      }, wakeDelayMs);
      wakeTimer.unref();
    },
    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (wakeTimer) clearTimeout(wakeTimer);
      await running?.catch(() => undefined);
    },
  };
}
