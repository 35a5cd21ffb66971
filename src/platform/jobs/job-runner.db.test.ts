import { and, eq, sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { inTenant, type Tx } from '../db';
import { notifications } from '../../features/notifications/notifications.table';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { enqueueJob, enqueueJobs } from './enqueue-job';
import { createJobRunner, type Job, type JobHandler, type JobRunnerOptions } from './job-runner';
import { jobs } from './jobs.table';

let t: TestTenant;
const clock = manualClock('2026-11-28T02:00:00Z');
const file = testDatabaseForFile({
  setUp: async ({ db }) => {
    t = await createTestTenant(db, clock);
  },
});
const db = () => file.db;
beforeEach(async () => {
  // Each test starts with an empty queue; the rows of earlier tests would be due too.
  await db().update(jobs).set({ state: 'cancelled' }).where(eq(jobs.state, 'pending'));
});

/** A job's visible effect: an in-app notification naming the job's `n`, in the same tenant. */
async function writeEffect(tx: Tx, job: Job) {
  await tx.insert(notifications).values({
    tenantId: job.tenantId,
    userId: t.admin.user.id,
    event: 'test.job',
    params: { n: String(job.payload.n) },
  });
}

async function effectsOf(n: number | string): Promise<number> {
  const rows = await inTenant(db(), t.tenantId, (tx) =>
    tx
      .select({ id: notifications.id })
      .from(notifications)
      .where(
        and(eq(notifications.event, 'test.job'), sql`${notifications.params}->>'n' = ${String(n)}`),
      ),
  );
  return rows.length;
}

const enqueue = (
  kind: string,
  payload: Record<string, unknown>,
  extra: { key?: string; maxAttempts?: number } = {},
) =>
  inTenant(db(), t.tenantId, (tx) =>
    enqueueJob(tx, { tenantId: t.tenantId, kind, runAt: clock.now(), payload, ...extra }),
  );

const jobRow = async (id: string) => (await db().select().from(jobs).where(eq(jobs.id, id)))[0]!;

const runner = (handlers: JobHandler[], options: Partial<JobRunnerOptions> = {}) =>
  createJobRunner({ db: db(), clock, handlers, ...options });

let tag = 0;
const nextTag = () => `${++tag}-${Math.random().toString(36).slice(2, 8)}`;

describe('an inTransaction job', () => {
  it('runs exactly once when two runners race for the same due jobs', async () => {
    const kind = 'test.race';
    const tags = Array.from({ length: 30 }, nextTag);
    for (const n of tags) await enqueue(kind, { n });
    const handler: JobHandler = { kind, inTransaction: writeEffect };
    const [a, b] = [runner([handler], { batchSize: 5 }), runner([handler], { batchSize: 5 })];
    const [doneByA, doneByB] = await Promise.all([a.runDue(), b.runDue()]);

    expect(doneByA + doneByB).toBe(30);
    for (const n of tags) expect(await effectsOf(n)).toBe(1);
    const states = await db().select({ state: jobs.state }).from(jobs).where(eq(jobs.kind, kind));
    expect(states.every((s) => s.state === 'done')).toBe(true);
  });

  it('runs exactly once even when a second runner claims a job the first is still running', async () => {
    // A lease of 0 lets every runner claim every pending job at once: only the conditional
    // "mark done" in the handler's transaction keeps the effects single.
    const kind = 'test.overlap';
    const tags = Array.from({ length: 12 }, nextTag);
    for (const n of tags) await enqueue(kind, { n });
    const handler: JobHandler = { kind, inTransaction: writeEffect };
    const runners = [1, 2, 3].map(() => runner([handler], { leaseMs: 0, batchSize: 4 }));
    await Promise.all(runners.map((r) => r.runDue()));

    for (const n of tags) expect(await effectsOf(n)).toBe(1);
  });

  it('leaves no effects when its transaction throws, and is retried later', async () => {
    const kind = 'test.throws';
    const n = nextTag();
    const id = await enqueue(kind, { n });
    const r = runner([
      {
        kind,
        inTransaction: async (tx, job) => {
          await writeEffect(tx, job);
          throw new Error('constraint broke after the write');
        },
      },
    ]);
    expect(await r.runDue()).toBe(1);

    expect(await effectsOf(n)).toBe(0);
    expect(await jobRow(id)).toMatchObject({
      state: 'pending',
      attempts: 1,
      lastError: 'constraint broke after the write',
    });
  });
});

describe('retries', () => {
  it('waits out the backoff, keeps each failure, and gives up after maxAttempts', async () => {
    const kind = 'test.flaky';
    const id = await enqueue(kind, { n: nextTag() }, { maxAttempts: 3 });
    const failures: string[] = [];
    let calls = 0;
    const r = runner(
      [
        {
          kind,
          outside: async () => {
            calls += 1;
            throw new Error(`refused ${calls}`);
          },
        },
      ],
      {
        backoffMs: (attempt) => attempt * 60_000,
        onError: (error, job) => failures.push(`${job?.attempts}: ${(error as Error).message}`),
      },
    );

    expect(await r.runDue()).toBe(1);
    const first = await jobRow(id);
    expect(first).toMatchObject({ state: 'pending', attempts: 1, lastError: 'refused 1' });
    expect(first.runAt.getTime()).toBe(clock.now().getTime() + 60_000);

    expect(await r.runDue()).toBe(0); // not before the backoff
    clock.advance(59_999);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1); // yes after it
    expect(await jobRow(id)).toMatchObject({
      state: 'pending',
      attempts: 2,
      lastError: 'refused 2',
    });

    clock.advance(2 * 60_000 - 1);
    expect(await r.runDue()).toBe(0);
    clock.advance(1);
    expect(await r.runDue()).toBe(1);
    expect(await jobRow(id)).toMatchObject({
      state: 'failed',
      attempts: 3,
      lastError: 'refused 3',
    });

    clock.advance(24 * 3600_000);
    expect(await r.runDue()).toBe(0); // failed is final
    expect(calls).toBe(3);
    expect(failures).toEqual(['1: refused 1', '2: refused 2', '3: refused 3']);
  });

  it('marks an outside job done once its handler succeeds', async () => {
    const kind = 'test.outside';
    const id = await enqueue(kind, { n: nextTag() });
    const seen: unknown[] = [];
    const r = runner([{ kind, outside: async (job) => void seen.push(job.payload.n) }]);
    expect(await r.runDue()).toBe(1);
    expect(seen).toHaveLength(1);
    expect(await jobRow(id)).toMatchObject({ state: 'done', lastError: null });
    expect((await jobRow(id)).doneAt).toEqual(clock.now());
  });

  it('fails a job of an unknown kind instead of losing it silently', async () => {
    const id = await enqueue('test.nobody', { n: nextTag() }, { maxAttempts: 1 });
    await runner([]).runDue();
    expect(await jobRow(id)).toMatchObject({
      state: 'failed',
      lastError: 'no handler for job kind test.nobody',
    });
  });
});

describe('enqueueJob', () => {
  it('with a key replaces the pending job of that key', async () => {
    const kind = 'test.keyed';
    const key = `timer:${nextTag()}`;
    const [first, second] = [nextTag(), nextTag()];
    const firstId = await enqueue(kind, { n: first }, { key });
    const secondId = await enqueue(kind, { n: second }, { key });
    expect((await jobRow(firstId)).state).toBe('cancelled');
    expect((await jobRow(secondId)).state).toBe('pending');

    await runner([{ kind, inTransaction: writeEffect }]).runDue();
    expect([await effectsOf(first), await effectsOf(second)]).toEqual([0, 1]);
  });

  it('enqueues several at once, replacing the pending jobs of their keys', async () => {
    const kind = 'test.batch';
    const [a, b] = [`timer:${nextTag()}`, `timer:${nextTag()}`];
    const [old, first, second, unkeyed] = [nextTag(), nextTag(), nextTag(), nextTag()];
    const oldId = await enqueue(kind, { n: old }, { key: a });
    await inTenant(db(), t.tenantId, (tx) =>
      enqueueJobs(tx, [
        { tenantId: t.tenantId, kind, runAt: clock.now(), payload: { n: first }, key: a },
        { tenantId: t.tenantId, kind, runAt: clock.now(), payload: { n: second }, key: b },
        { tenantId: t.tenantId, kind, runAt: clock.now(), payload: { n: unkeyed } },
      ]),
    );
    expect((await jobRow(oldId)).state).toBe('cancelled');

    await runner([{ kind, inTransaction: writeEffect }]).runDue();
    const effects = [old, first, second, unkeyed].map((n) => effectsOf(n));
    expect(await Promise.all(effects)).toEqual([0, 1, 1, 1]);
  });

  it('refuses a batch of jobs of several tenants', async () => {
    const job = { kind: 'test.mixed', runAt: clock.now(), payload: {} };
    await expect(
      inTenant(db(), t.tenantId, (tx) =>
        enqueueJobs(tx, [
          { ...job, tenantId: t.tenantId },
          { ...job, tenantId: '00000000-0000-4000-8000-000000000000' },
        ]),
      ),
    ).rejects.toThrow(/one tenant/);
  });

  it('exists only if the transaction that enqueued it commits', async () => {
    const kind = 'test.rolledBack';
    await expect(
      inTenant(db(), t.tenantId, async (tx) => {
        await enqueueJob(tx, { tenantId: t.tenantId, kind, runAt: clock.now(), payload: {} });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db().select().from(jobs).where(eq(jobs.kind, kind))).toEqual([]);
  });
});

describe('a restart', () => {
  it('does not redo done jobs, and takes over a job whose runner died after its lease', async () => {
    const kind = 'test.restart';
    const handler: JobHandler = { kind, inTransaction: writeEffect };
    const doneTag = nextTag();
    await enqueue(kind, { n: doneTag });
    const before = runner([handler], { leaseMs: 60_000 });
    expect(await before.runDue()).toBe(1);
    await before.stop();
    expect(await before.runDue()).toBe(0); // a stopped runner claims nothing

    // A job claimed by a process that died before finishing it: held until its lease ends.
    const orphanTag = nextTag();
    const orphanId = await enqueue(kind, { n: orphanTag });
    await db()
      .update(jobs)
      .set({ attempts: 1, lockedUntil: new Date(clock.now().getTime() + 60_000) })
      .where(eq(jobs.id, orphanId));

    const after = runner([handler], { leaseMs: 60_000 });
    expect(await after.runDue()).toBe(0);
    clock.advance(60_000);
    expect(await after.runDue()).toBe(1);
    expect(await after.runDue()).toBe(0);
    await after.stop();

    expect(await effectsOf(doneTag)).toBe(1);
    expect(await effectsOf(orphanTag)).toBe(1);
    expect(await jobRow(orphanId)).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('wake() runs due work soon without a poll, and stop() waits for it', async () => {
    const kind = 'test.wake';
    const n = nextTag();
    await enqueue(kind, { n });
    let resolveRan!: () => void;
    const ran = new Promise<void>((resolve) => (resolveRan = resolve));
    const r = runner(
      [
        {
          kind,
          inTransaction: async (tx, job) => {
            await writeEffect(tx, job);
            resolveRan();
          },
        },
      ],
      { wakeDelayMs: 1 },
    );
    r.wake();
    r.wake(); // coalesced with the first
    await ran;
    await r.stop();
    expect(await effectsOf(n)).toBe(1);
  });
});
