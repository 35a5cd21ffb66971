import type { SealEntry } from '../audit/hash-chain.rules';
import { appendStream, newAuditEvents } from './bulk-audit-rows';
import { Columns } from './bulk-columns';
import type { BulkOrder } from './bulk-orders';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** One transaction's worth of rows, column by column, with the audit chains already hashed. */
export interface Batch {
  orders: number;
  calls: Columns<string>;
  workOrders: Columns<string>;
  events: ReturnType<typeof newAuditEvents>;
  /** The last link of each new stream: `audit_stream_heads` rows and the seal's entries. */
  heads: SealEntry[];
}

const newCalls = () =>
  new Columns('hotline_calls', {
    id: 'uuid',
    caller_name: 'text',
    caller_phone: 'text',
    customer_id: 'uuid',
    department_id: 'uuid',
    device_description: 'text',
    fault_description: 'text',
    urgency: 'text',
    received_by: 'uuid',
    received_at: 'timestamptz',
    work_order_id: 'uuid',
    work_order_number: 'text',
    created_at: 'timestamptz',
  });

const newWorkOrders = () =>
  new Columns('work_orders', {
    id: 'uuid',
    number: 'text',
    status: 'text',
    urgency: 'text',
    hotline_call_id: 'uuid',
    customer_id: 'uuid',
    department_id: 'uuid',
    contact_name: 'text',
    contact_phone: 'text',
    device_description: 'text',
    fault_description: 'text',
    technician_id: 'uuid',
    resolution: 'text',
    cancel_reason: 'text',
    closed_at: 'timestamptz',
    cancelled_at: 'timestamptz',
    version: 'int',
    created_by: 'uuid',
    created_at: 'timestamptz',
    updated_at: 'timestamptz',
  });

/**
 * Turns orders into rows: each order's hotline call, the work order and both audit streams.
 */
export function buildBatch(tenantId: string, deskId: string, orders: BulkOrder[]): Batch {
  const batch: Batch = {
    orders: orders.length,
    calls: newCalls(),
    workOrders: newWorkOrders(),
    events: newAuditEvents(),
    heads: [],
  };
  for (const o of orders) {
    batch.calls.push({
      id: o.callId,
      caller_name: o.callerName,
      caller_phone: o.callerPhone,
      customer_id: o.customerId,
      department_id: o.department?.id ?? null,
      device_description: o.device,
      fault_description: o.fault,
      urgency: o.urgency,
      received_by: deskId,
      received_at: iso(o.receivedAtMs),
      work_order_id: o.id,
      work_order_number: o.number,
      created_at: iso(o.receivedAtMs),
    });
    batch.workOrders.push({
      id: o.id,
      number: o.number,
      status: o.status,
      urgency: o.urgency,
      hotline_call_id: o.callId,
      customer_id: o.customerId,
      department_id: o.department?.id ?? null,
      contact_name: o.callerName,
      contact_phone: o.callerPhone,
      device_description: o.device,
      fault_description: o.fault,
      technician_id: o.technicianId,
      resolution: o.resolution,
      cancel_reason: o.cancelReason,
      closed_at: iso(o.closedAtMs),
      cancelled_at: iso(o.cancelledAtMs),
      version: o.version,
      created_by: deskId,
      created_at: iso(o.createdAtMs),
      updated_at: iso(o.updatedAtMs),
    });
    // The call's stream, then the order's: each object's events are consecutive.
    const split = o.events.findIndex((e) => e.objectType === 'workOrder');
    batch.heads.push(appendStream(batch.events, tenantId, o.events.slice(0, split)));
    batch.heads.push(appendStream(batch.events, tenantId, o.events.slice(split)));
  }
  return batch;
}
