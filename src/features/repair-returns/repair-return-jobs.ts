import { and, eq } from 'drizzle-orm';
import { type Clock, systemClock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { enqueueJob, type Job, type JobHandler } from '../../platform/jobs';
import { vendors } from '../installed-base/installed-base.table';
import { notify } from '../notifications';
import { chaseOverdueAt } from './chase-cadence.rules';
import { CHASED_STATES, OPEN_STATES } from './repair-return.states';
import { repairReturns } from './repair-returns.table';
import {
  CHASE_DUE_JOB,
  CHASE_OVERDUE_JOB,
  NOTICE_DUE_JOB,
  openNotice,
  returnJob,
  type ReturnJobPayload,
} from './return-timers';

/**
 * The return the job is about, locked. The runner has already marked the job done (a row a
 * step may want to cancel), so waiting here for a step holding the return could deadlock:
 * fail now, retry later.
 */
async function lockReturn(tx: Tx, job: Job) {
  const payload = job.payload as unknown as ReturnJobPayload;
  const [rr] = await tx
    .select()
    .from(repairReturns)
    .where(
      and(eq(repairReturns.tenantId, job.tenantId), eq(repairReturns.id, payload.repairReturnId)),
    )
    .for('update', { noWait: true });
  return { rr, at: payload.at };
}

type ReturnRow = typeof repairReturns.$inferSelect;

/** Still with the vendor and still waiting for the chase this job was armed for. */
const chaseStillDue = (rr: ReturnRow | undefined, at: string): rr is ReturnRow =>
  !!rr && CHASED_STATES.includes(rr.status) && rr.nextChaseAt?.toISOString() === at;

async function vendorName(tx: Tx, rr: ReturnRow): Promise<string> {
  if (!rr.vendorId) return '';
  const [vendor] = await tx
    .select({ name: vendors.name })
    .from(vendors)
    .where(and(eq(vendors.tenantId, rr.tenantId), eq(vendors.id, rr.vendorId)));
  return vendor?.name ?? '';
}

/** A chase fell due: the returns clerks are told, and the overdue warning is armed a day on. */
async function chaseDue(tx: Tx, job: Job, clock: Clock): Promise<void> {
  const { rr, at } = await lockReturn(tx, job);
  if (!chaseStillDue(rr, at)) return;
  await notify(tx, rr.tenantId, clock, {
    event: 'repairReturn.chaseDue',
    params: { number: rr.number, vendor: await vendorName(tx, rr) },
    to: { roles: ['returns_clerk'] },
    link: `/repair-returns/${rr.id}`,
  });
  const dueAt = rr.nextChaseAt!;
  await enqueueJob(
    tx,
    returnJob(rr.tenantId, CHASE_OVERDUE_JOB, rr.id, dueAt, chaseOverdueAt(dueAt)),
  );
}

/** A day later and still not chased: the service managers are told. */
async function chaseOverdue(tx: Tx, job: Job, clock: Clock): Promise<void> {
  const { rr, at } = await lockReturn(tx, job);
  if (!chaseStillDue(rr, at)) return;
  await notify(tx, rr.tenantId, clock, {
    event: 'repairReturn.chaseOverdue',
    params: { number: rr.number, vendor: await vendorName(tx, rr), dueAt: at },
    to: { roles: ['service_manager'] },
    link: `/repair-returns/${rr.id}`,
  });
}

/** The notice days passed: unless the item is back, the customer-notice task falls due. */
async function noticeDue(tx: Tx, job: Job, clock: Clock): Promise<void> {
  const { rr, at } = await lockReturn(tx, job);
  if (!rr || !OPEN_STATES.includes(rr.status)) return;
  await openNotice(tx, clock, rr, 'overdue', new Date(at));
}

/** The returns' timers: chases falling due and overdue, and the 14-day customer notice. */
export function repairReturnJobHandlers(clock: Clock = systemClock): JobHandler[] {
  return [
    { kind: CHASE_DUE_JOB, inTransaction: (tx, job) => chaseDue(tx, job, clock) },
    { kind: CHASE_OVERDUE_JOB, inTransaction: (tx, job) => chaseOverdue(tx, job, clock) },
    { kind: NOTICE_DUE_JOB, inTransaction: (tx, job) => noticeDue(tx, job, clock) },
  ];
}
