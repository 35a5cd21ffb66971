import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { actorOf, type RequestContext } from '../accounts';
import { recordAuditEvent } from '../audit';
import { checkReturnTransition } from './repair-return.machine';
import type { RepairReturnAction } from './repair-return.states';
import { approvalNeeded } from './repair-return-views';
import { repairReturns } from './repair-returns.table';

export type RepairReturnRecord = typeof repairReturns.$inferSelect;

/** The columns a step may set besides status and version. */
export type RepairReturnPatch = Partial<
  Omit<
    typeof repairReturns.$inferInsert,
    'id' | 'tenantId' | 'number' | 'status' | 'version' | 'createdAt' | 'updatedAt'
  >
>;

export interface ReturnMove {
  id: string;
  action: RepairReturnAction;
  /** The version the caller read (a step's body); a stale one is CONFLICT. Omitted: as loaded. */
  version?: number;
  /**
   * What the step sets. A function runs once the move is allowed and before the write, so a
   * step checks its input (and writes what the patch refers to) only for a permitted move.
   */
  patch?: RepairReturnPatch | ((before: RepairReturnRecord) => Promise<RepairReturnPatch>);
  /** Said in the audit event besides the changed columns. */
  note?: Record<string, unknown>;
}

const auditValue = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** The return in this tenant, or NOT_FOUND. */
export async function loadRepairReturn(
  tx: Tx,
  tenantId: string,
  id: string,
): Promise<RepairReturnRecord> {
  const [row] = await tx
    .select()
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, tenantId), eq(repairReturns.id, id)));
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * The one way a repair return changes state: the transition table decides, the write is
 * conditional on the state and version read (a concurrent or stale step gets CONFLICT), and the
 * audit event (`repairReturn.<action>`, on the return's own chain) records before and after in
 * the same transaction. Returns the record before and after.
 */
export async function transitionRepairReturn(
  tx: Tx,
  ctx: RequestContext,
  move: ReturnMove,
): Promise<{ before: RepairReturnRecord; after: RepairReturnRecord }> {
  const before = await loadRepairReturn(tx, ctx.tenantId, move.id);
  if (move.version !== undefined && move.version !== before.version) throw new AppError('CONFLICT');
  const transition = checkReturnTransition(
    {
      status: before.status,
      approvalNeeded: approvalNeeded(before),
      handedOverBy: before.handedOverBy,
    },
    move.action,
    { userId: ctx.user.id, roles: ctx.user.roles },
  );
  if (typeof transition === 'string') throw new AppError(transition);
  const patch = typeof move.patch === 'function' ? await move.patch(before) : (move.patch ?? {});
  const [after] = await tx
    .update(repairReturns)
    .set({
      ...patch,
      status: transition.to,
      version: before.version + 1,
      updatedAt: ctx.clock.now(),
    })
    .where(
      and(
        eq(repairReturns.tenantId, ctx.tenantId),
        eq(repairReturns.id, move.id),
        eq(repairReturns.status, before.status),
        eq(repairReturns.version, before.version),
      ),
    )
    .returning();
  if (!after) throw new AppError('CONFLICT');
  const keys = ['status', ...Object.keys(patch)] as (keyof RepairReturnRecord)[];
  const pick = (r: RepairReturnRecord) =>
    Object.fromEntries(keys.map((k) => [k, auditValue(r[k])]));
  await recordAuditEvent(
    tx,
    actorOf(ctx),
    {
      action: `repairReturn.${move.action}`,
      objectType: 'repairReturn',
      objectId: move.id,
      before: pick(before),
      after: { ...pick(after), ...move.note },
    },
    ctx.clock,
  );
  return { before, after };
}
