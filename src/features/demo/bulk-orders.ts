import { streamOf } from '../audit/hash-chain.rules';
import type { BulkContext, StaffRef } from './bulk-context';
import { uuidV7 } from './bulk-ids';
import { CANCEL_REASONS, lifecycle, REASSIGN_REASONS } from './bulk-lifecycle';
import type { Rng } from './bulk-random';
import { DEMO_FAULTS } from './demo-data';

type Urgency = 'normal' | 'urgent' | 'critical';
type Status = 'new' | 'assigned' | 'closed' | 'cancelled';

/** An audit event before it is chained: the use case's actor, change and time. */
export interface AuditDraft {
  objectType: 'hotlineCall' | 'workOrder';
  objectId: string;
  action: string;
  actor: StaffRef;
  atMs: number;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

/** A hotline call and the work order made from it, in their state as of now. */
export interface BulkOrder {
  id: string;
  callId: string;
  number: string;
  status: Status;
  urgency: Urgency;
  customerId: string;
  department: { id: string; name: string } | null;
  callerName: string;
  callerPhone: string;
  device: string;
  fault: string;
  technicianId: string | null;
  resolution: string | null;
  cancelReason: string | null;
  closedAtMs: number | null;
  cancelledAtMs: number | null;
  version: number;
  receivedAtMs: number;
  createdAtMs: number;
  updatedAtMs: number;
  events: AuditDraft[];
}

const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '马', '何'];

/**
 * One order with the audit events the use cases would have written for it (createHotlineCall,
 * createWorkOrder, then assign / reassign / close / cancel), with the same before/after shapes.
 * Every before/after object is written with its keys in sorted order, so JSON.stringify gives
 * its canonical JSON directly (bulk-audit-rows.test.ts holds us to that).
 */
export function makeOrder(
  ctx: BulkContext,
  rng: Rng,
  createdAtMs: number,
  number: string,
  nowMs: number,
): BulkOrder {
  const customer = rng.pick(ctx.customers);
  const department =
    customer.departments.length > 0 && rng() < 0.95 ? rng.pick(customer.departments) : null;
  const { device, fault, resolution } = rng.pick(DEMO_FAULTS);
  const u = rng();
  const urgency: Urgency = u < 0.08 ? 'critical' : u < 0.28 ? 'urgent' : 'normal';
  const receivedAtMs = createdAtMs - rng.int(60_000, 600_000);
  const callId = uuidV7(receivedAtMs);
  const id = uuidV7(createdAtMs);
  const callerName = `${department?.name ?? customer.name}${rng.pick(SURNAMES)}老师`;
  const callerPhone = `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;
  const desk = ctx.desk;
  const o: BulkOrder = {
    id,
    callId,
    number,
    status: 'new',
    urgency,
    customerId: customer.id,
    department,
    callerName,
    callerPhone,
    device,
    fault,
    technicianId: null,
    resolution: null,
    cancelReason: null,
    closedAtMs: null,
    cancelledAtMs: null,
    version: 1,
    receivedAtMs,
    createdAtMs,
    updatedAtMs: createdAtMs,
    events: [],
  };
  const call = { objectType: 'hotlineCall', objectId: callId } as const;
  o.events.push({
    ...call,
    action: 'hotlineCall.create',
    actor: desk,
    atMs: receivedAtMs,
    before: null,
    after: {
      callerName,
      callerPhone,
      customer: { id: customer.id, name: customer.name },
      department,
      deviceDescription: device,
      faultDescription: fault,
      receivedAt: new Date(receivedAtMs).toISOString(),
      urgency,
    },
  });
  const wo = { objectType: 'workOrder', objectId: id } as const;
  o.events.push({
    ...wo,
    action: 'workOrder.create',
    actor: desk,
    atMs: createdAtMs,
    before: null,
    after: {
      customer: customer.name,
      faultDescription: fault,
      hotlineCallId: callId,
      number,
      status: 'new',
      urgency,
    },
  });
  for (const step of lifecycle(createdAtMs, nowMs, ctx.technicians.length, rng)) {
    const at = new Date(step.atMs).toISOString();
    let actor = desk;
    let before: Record<string, unknown>;
    let after: Record<string, unknown>;
    if (step.action === 'assign' || step.action === 'reassign') {
      const tech = ctx.technicians[step.technician]!;
      before = { status: o.status, technicianId: o.technicianId };
      o.status = 'assigned';
      o.technicianId = tech.id;
      const assigned = { status: 'assigned', technicianId: tech.id, technicianName: tech.name };
      after =
        step.action === 'reassign' ? { reason: rng.pick(REASSIGN_REASONS), ...assigned } : assigned;
    } else if (step.action === 'close') {
      actor = ctx.technicians.find((t) => t.id === o.technicianId) ?? desk;
      before = { closedAt: null, resolution: null, status: o.status };
      o.status = 'closed';
      o.resolution = resolution;
      o.closedAtMs = step.atMs;
      after = { closedAt: at, resolution, status: 'closed' };
    } else {
      before = { cancelReason: null, cancelledAt: null, status: o.status };
      o.status = 'cancelled';
      o.cancelReason = rng.pick(CANCEL_REASONS);
      o.cancelledAtMs = step.atMs;
      after = { cancelReason: o.cancelReason, cancelledAt: at, status: 'cancelled' };
    }
    o.version++;
    o.updatedAtMs = step.atMs;
    o.events.push({
      ...wo,
      action: `workOrder.${step.action}`,
      actor,
      atMs: step.atMs,
      before,
      after,
    });
  }
  return o;
}

export const streamOfDraft = (e: AuditDraft) => streamOf(e.objectType, e.objectId);
