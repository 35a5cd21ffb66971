import { and, eq, inArray } from 'drizzle-orm';
import type { Clock } from '../../platform/clock';
import type { Tx } from '../../platform/db';
import { cancelJobs, enqueueJobs, type NewJob } from '../../platform/jobs';
import { localDay } from '../../platform/numbering/next-number';
import { tenants } from '../accounts/accounts.table';
import { recordAuditEvent, systemActor } from '../audit';
import { loadCommitments } from '../commitments';
import { customers } from '../customers/customers.table';
import { notify } from '../notifications';
import { type ChasedReturn, chaseCadenceDays, nextChaseDue } from './chase-cadence.rules';
import { isExpectedReturnLate, overdueNoticeAt } from './notice-rule.rules';
import { CHASED_STATES, OPEN_STATES } from './repair-return.states';
import { repairReturnNotices, repairReturns } from './repair-returns.table';

/**
 * The returns' timers, armed and ended in the transaction of the step that wants them. Each
 * job carries the instant it was armed for and acts only if the return still has it, so a job
 * a later step re-armed or ended is harmless even should it run.
 */
export const CHASE_DUE_JOB = 'repairReturn.chaseDue';
export const CHASE_OVERDUE_JOB = 'repairReturn.chaseOverdue';
export const NOTICE_DUE_JOB = 'repairReturn.noticeDue';

export interface ReturnJobPayload {
  repairReturnId: string;
  /**
   * ISO instant the job was armed for: the chase's due time (also for its overdue warning,
   * which runs a day later), or the notice's. A return that no longer has it is left alone.
   */
  at: string;
}

const TIMER_OF = {
  [CHASE_DUE_JOB]: 'chase',
  [CHASE_OVERDUE_JOB]: 'chaseOverdue',
  [NOTICE_DUE_JOB]: 'notice',
} as const;
type ReturnJobKind = keyof typeof TIMER_OF;

/** One pending job per return and timer: arming again replaces it. */
export const returnJobKey = (id: string, kind: ReturnJobKind) =>
  `repairReturn:${id}:${TIMER_OF[kind]}`;

export function returnJob(
  tenantId: string,
  kind: ReturnJobKind,
  id: string,
  armedFor: Date,
  runAt: Date = armedFor,
): NewJob {
  const payload: ReturnJobPayload = { repairReturnId: id, at: armedFor.toISOString() };
  return { tenantId, kind, key: returnJobKey(id, kind), runAt, payload: { ...payload } };
}

/**
 * Sets the next chase `from` now on each return's cadence and arms its job; any pending
 * overdue warning goes (it was about the chase before). Shared by shipping and chasing.
 */
export async function armChases(
  tx: Tx,
  tenantId: string,
  returns: readonly (ChasedReturn & { id: string })[],
  from: Date,
): Promise<Map<string, Date>> {
  const due = new Map<string, Date>();
  if (returns.length === 0) return due;
  const { content } = await loadCommitments(tx, tenantId);
  for (const rr of returns) {
    const at = nextChaseDue(from, chaseCadenceDays(content.chaseCadenceDays, rr));
    due.set(rr.id, at);
    await tx
      .update(repairReturns)
      .set({ nextChaseAt: at })
      .where(and(eq(repairReturns.tenantId, tenantId), eq(repairReturns.id, rr.id)));
  }
  await cancelJobs(
    tx,
    tenantId,
    returns.map((rr) => returnJobKey(rr.id, CHASE_OVERDUE_JOB)),
  );
  await enqueueJobs(
    tx,
    returns.map((rr) => returnJob(tenantId, CHASE_DUE_JOB, rr.id, due.get(rr.id)!)),
  );
  return due;
}

/**
 * After shipping: chase each return on the cadence of its coverage (urgent first), from now.
 * Call after the returns' status is written: only shipped or at-vendor returns are chased.
 */
export async function startChases(
  tx: Tx,
  tenantId: string,
  clock: Clock,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  const rows = await tx
    .select({
      id: repairReturns.id,
      urgent: repairReturns.urgent,
      coverage: repairReturns.coverage,
    })
    .from(repairReturns)
    .where(
      and(
        eq(repairReturns.tenantId, tenantId),
        inArray(repairReturns.id, [...ids]),
        inArray(repairReturns.status, [...CHASED_STATES]),
      ),
    );
  await armChases(tx, tenantId, rows, clock.now());
}

/** Back from the vendor: no more chases (cancels the pending chase jobs). */
export async function stopChases(tx: Tx, tenantId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(repairReturns)
    .set({ nextChaseAt: null })
    .where(and(eq(repairReturns.tenantId, tenantId), inArray(repairReturns.id, [...ids])));
  await cancelJobs(
    tx,
    tenantId,
    ids.flatMap((id) => [returnJobKey(id, CHASE_DUE_JOB), returnJobKey(id, CHASE_OVERDUE_JOB)]),
  );
}

/**
 * The 14-day rule (customerNoticeDays in the commitments). Call after take-back (arms the
 * "not back in N days" timer) and after a test (an expected return more than N days after
 * take-back makes a notice due now). Calling it again changes nothing that is already so.
 */
export async function watchNoticeRule(
  tx: Tx,
  tenantId: string,
  clock: Clock,
  id: string,
): Promise<void> {
  const [rr] = await tx
    .select()
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, tenantId), eq(repairReturns.id, id)));
  if (!rr || !OPEN_STATES.includes(rr.status)) return;
  const { content } = await loadCommitments(tx, tenantId);
  const days = content.customerNoticeDays;
  const notices = await tx
    .select({ reason: repairReturnNotices.reason })
    .from(repairReturnNotices)
    .where(
      and(eq(repairReturnNotices.tenantId, tenantId), eq(repairReturnNotices.repairReturnId, id)),
    );
  const has = (reason: string) => notices.some((n) => n.reason === reason);

  if (!has('overdue')) {
    const at = overdueNoticeAt(rr.takenAt, days);
    await enqueueJobs(tx, [returnJob(tenantId, NOTICE_DUE_JOB, id, at)]);
  }
  if (rr.expectedReturnOn && !has('expected_late')) {
    const [tenant] = await tx
      .select({ timeZone: tenants.timezone })
      .from(tenants)
      .where(eq(tenants.id, tenantId));
    const takenOn = localDay(rr.takenAt, tenant?.timeZone ?? 'Asia/Shanghai');
    if (isExpectedReturnLate(takenOn, rr.expectedReturnOn, days))
      await openNotice(tx, clock, rr, 'expected_late', clock.now());
  }
}

/**
 * Opens a customer-notice task (once per reason: a second attempt finds it made) and tells the
 * returns clerks. False when the task was there already.
 */
export async function openNotice(
  tx: Tx,
  clock: Clock,
  rr: { id: string; tenantId: string; number: string; customerId: string },
  reason: 'expected_late' | 'overdue',
  dueAt: Date,
): Promise<boolean> {
  const [made] = await tx
    .insert(repairReturnNotices)
    .values({
      tenantId: rr.tenantId,
      repairReturnId: rr.id,
      reason,
      dueAt,
      createdAt: clock.now(),
    })
    .onConflictDoNothing()
    .returning({ id: repairReturnNotices.id });
  if (!made) return false;
  await recordAuditEvent(
    tx,
    systemActor(rr.tenantId, 'repairReturns'),
    {
      action: 'repairReturn.noticeDue',
      objectType: 'repairReturn',
      objectId: rr.id,
      after: { noticeId: made.id, reason, dueAt: dueAt.toISOString() },
    },
    clock,
  );
  const [customer] = await tx
    .select({ name: customers.name })
    .from(customers)
    .where(and(eq(customers.tenantId, rr.tenantId), eq(customers.id, rr.customerId)));
  await notify(tx, rr.tenantId, clock, {
    event: 'repairReturn.noticeDue',
    params: { number: rr.number, customer: customer?.name ?? '' },
    to: { roles: ['returns_clerk'] },
    link: `/repair-returns/${rr.id}`,
  });
  return true;
}

/** The item is back (or returned): the "not back" timer is no longer needed. */
export async function endNoticeRule(tx: Tx, tenantId: string, id: string): Promise<void> {
  await cancelJobs(tx, tenantId, [returnJobKey(id, NOTICE_DUE_JOB)]);
}
