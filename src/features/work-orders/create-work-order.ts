import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { preparedFor, StatementValues, type Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay, nextDailyNumber } from '../../platform/numbering/next-number';
import { actorOf, type RequestContext } from '../accounts';
import { firstAuditEvent, firstAuditEventWrites } from '../audit';
import { findCategory } from '../catalog/find-category';
import { customers, departments } from '../customers';
import { getHotlineCall, hotlineCalls, linkWorkOrderStatement } from '../hotline';
import { getServiceRequest, markRequestConverted, serviceRequests } from '../intake';
import { planServiceClocks, serviceClockWrites } from '../sla';
import { assignTechnician } from './assign-technician';
import { isApprovalNeeded } from './approval.rules';
import { deviceOf, workOrderDetail } from './get-work-order';
import type { CreateWorkOrderBody, WorkOrderDetail } from './work-order.schemas';
import { workOrders } from './work-orders.table';

type Urgency = 'normal' | 'urgent' | 'critical';

/** What the order is written from: a hotline call, or a request in the intake queue. */
interface Source {
  hotlineCallId: string | null;
  serviceRequestId: string | null;
  assetId: string | null;
  customer: { id: string; name: string };
  department: { id: string; name: string } | null;
  contactName: string;
  contactPhone: string;
  deviceDescription: string;
  faultDescription: string;
  categoryId: string | null;
  urgency: Urgency;
  /** When the customer's report came in: the service clocks count from here. */
  receivedAt: Date;
  /** Where the customer is: the order's location, its zone's limits and the detail's address. */
  site: Site;
}

interface Site {
  lat: number | null;
  lng: number | null;
  zone: string | null;
  address: string | null;
}

const siteColumns = {
  lat: customers.lat,
  lng: customers.lng,
  zone: customers.zone,
  address: customers.address,
};

/**
 * 派单: writes the work order from a hotline call or a service request (the intake queue), and
 * assigns it at once if a technician is named. The source is linked once only: a second
 * conversion of the same call or request is refused.
 */
export async function createWorkOrder(
  tx: Tx,
  ctx: RequestContext,
  input: CreateWorkOrderBody,
): Promise<WorkOrderDetail> {
  const source = input.serviceRequestId
    ? await fromRequest(tx, ctx, input.serviceRequestId)
    : await fromCall(tx, ctx, input.hotlineCallId!);
  const urgency = input.urgency ?? source.urgency;
  const categoryId = input.categoryId ?? source.categoryId;
  const now = ctx.clock.now();
  const { site } = source;
  const category = categoryId ? await findCategory(tx, ctx.tenantId, categoryId) : null;
  if (input.categoryId && !category) throw new AppError('UNKNOWN_CATEGORY');
  const day = localDay(now, ctx.tenantTimezone);
  const number = ctx.reserveNumber
    ? await ctx.reserveNumber('WO', day)
    : await nextDailyNumber(tx, ctx.tenantId, 'WO', day);
  // The order, its call's link, its service clocks and their jobs, and its first audit event in
  // one statement: the others are CTEs of the order's insert. The order takes the call's id
  // from the link, so a call linked already leaves the order without one (refused).
  const id = randomUUID();
  const planned = await planServiceClocks(
    tx,
    ctx,
    { workOrderId: id, number, urgency, zone: site.zone },
    source.receivedAt,
  );
  const first = firstAuditEvent(
    actorOf(ctx),
    {
      action: 'workOrder.create',
      objectType: 'workOrder',
      objectId: id,
      after: {
        number,
        status: 'new',
        urgency,
        hotlineCallId: source.hotlineCallId,
        serviceRequestId: source.serviceRequestId,
        assetId: source.assetId,
        customer: source.customer.name,
        faultDescription: source.faultDescription,
      },
    },
    ctx.clock,
  );
  // Every value a placeholder: the statement is built once per connection and shape.
  const late = new StatementValues(['tenantId']);
  const rows = {
    jobs: late.rows('job', planned.jobs),
    timers: late.rows('timer', planned.timers),
    audit: { event: late.row('audit', first.event), head: late.row('head', first.head) },
    link:
      source.hotlineCallId === null
        ? null
        : late.row('link', { tenantId: ctx.tenantId, callId: source.hotlineCallId, id, number }),
    order: late.row('order', {
      id,
      tenantId: ctx.tenantId,
      number,
      status: 'new' as const,
      urgency,
      hotlineCallId: source.hotlineCallId === null ? null : sql`(select "id" from "link")`,
      serviceRequestId: source.serviceRequestId,
      assetId: source.assetId,
      customerId: source.customer.id,
      departmentId: source.department?.id ?? null,
      contactName: source.contactName,
      contactPhone: source.contactPhone,
      deviceDescription: source.deviceDescription,
      categoryId: category?.id ?? null,
      estimatedMinutes: category?.defaultMinutes ?? null,
      lat: site.lat,
      lng: site.lng,
      faultDescription: source.faultDescription,
      createdBy: ctx.user.id,
      createdAt: now,
      updatedAt: now,
    }),
  };
  const insert = preparedFor(tx, 'workOrders.create', late.shape, () => {
    const { link } = rows;
    const linked = link
      ? [tx.$with('link').as(linkWorkOrderStatement(tx, link.tenantId, link.callId, link))]
      : [];
    return tx
      .with(...serviceClockWrites(tx, rows), ...firstAuditEventWrites(tx, rows.audit), ...linked)
      .insert(workOrders)
      .values(rows.order)
      .returning()
      .prepare('');
  });
  const [order] = await insert.execute(late.values);
  if (order!.hotlineCallId !== source.hotlineCallId) throw new AppError('ALREADY_HAS_WORK_ORDER');
  const linked = { id, number };
  if (source.serviceRequestId)
    await markRequestConverted(tx, actorOf(ctx), ctx.clock, source.serviceRequestId, linked);
  if (input.technicianId)
    return assignTechnician(tx, ctx, order!.id, { technicianId: input.technicianId });
  // The reply from what was just written, as getWorkOrder would read it back: a new order has
  // no technician and no quote yet, so only its device's warranty decides the approval.
  const device = await deviceOf(tx, ctx, order!.assetId);
  const row = {
    order: order!,
    customerName: source.customer.name,
    customerAddress: site.address,
    departmentName: source.department?.name ?? null,
    technicianName: null,
  };
  const approvalNeeded = isApprovalNeeded({
    warrantyState: device.warranty?.state ?? null,
    quoteChargedCents: null,
    quoteDecision: null,
  });
  return workOrderDetail(ctx, row, device, approvalNeeded, planned.clocks);
}

/** The source read of a call, built once per connection (its values are placeholders). */
function callReadOf(tx: Tx) {
  return (
    tx
      .select({
        call: {
          id: hotlineCalls.id,
          customerId: hotlineCalls.customerId,
          departmentId: hotlineCalls.departmentId,
          assetId: hotlineCalls.assetId,
          callerName: hotlineCalls.callerName,
          callerPhone: hotlineCalls.callerPhone,
          deviceDescription: hotlineCalls.deviceDescription,
          faultDescription: hotlineCalls.faultDescription,
          categoryId: hotlineCalls.categoryId,
          urgency: hotlineCalls.urgency,
          receivedAt: hotlineCalls.receivedAt,
          workOrderId: hotlineCalls.workOrderId,
        },
        customerName: customers.name,
        departmentName: departments.name,
        site: siteColumns,
        requestId: serviceRequests.id,
        requestStatus: serviceRequests.status,
      })
      .from(hotlineCalls)
      .innerJoin(customers, eq(customers.id, hotlineCalls.customerId))
      .leftJoin(departments, eq(departments.id, hotlineCalls.departmentId))
      .leftJoin(
        serviceRequests,
        and(
          eq(serviceRequests.tenantId, hotlineCalls.tenantId),
          eq(serviceRequests.hotlineCallId, hotlineCalls.id),
        ),
      )
      .where(
        and(
          eq(hotlineCalls.tenantId, sql.placeholder('tenantId')),
          eq(hotlineCalls.id, sql.placeholder('callId')),
        ),
      )
      // Two desks converting the same call at once: the second waits here for the first to
      // commit, then reads the call as converted (not a failed insert).
      .for('update', { of: hotlineCalls })
      .prepare('')
  );
}

/**
 * The call, its customer's site and the intake request it sits in (a call logged through the
 * desk is also in the intake queue: converting either is one act), read together.
 */
async function fromCall(tx: Tx, ctx: RequestContext, callId: string): Promise<Source> {
  const read = preparedFor(tx, 'workOrders.create', 'fromCall', () => callReadOf(tx));
  const [row] = await read.execute({ tenantId: ctx.tenantId, callId });
  if (!row) throw new AppError('NOT_FOUND');
  const { call } = row;
  if (call.workOrderId) throw new AppError('ALREADY_HAS_WORK_ORDER');
  if (row.requestId && row.requestStatus !== 'received')
    throw new AppError('REQUEST_ALREADY_DECIDED');
  return {
    hotlineCallId: call.id,
    serviceRequestId: row.requestId,
    assetId: call.assetId,
    customer: { id: call.customerId, name: row.customerName },
    department:
      call.departmentId && row.departmentName
        ? { id: call.departmentId, name: row.departmentName }
        : null,
    contactName: call.callerName,
    contactPhone: call.callerPhone,
    deviceDescription: call.deviceDescription,
    faultDescription: call.faultDescription,
    categoryId: call.categoryId,
    urgency: call.urgency,
    receivedAt: call.receivedAt,
    site: row.site,
  };
}

async function fromRequest(tx: Tx, ctx: RequestContext, requestId: string): Promise<Source> {
  const request = await getServiceRequest(tx, ctx.tenantId, requestId);
  if (request.status !== 'received') throw new AppError('REQUEST_ALREADY_DECIDED');
  if (request.hotlineCallId) {
    const call = await getHotlineCall(tx, ctx, request.hotlineCallId);
    if (call.workOrderId) throw new AppError('ALREADY_HAS_WORK_ORDER');
  }
  return {
    hotlineCallId: request.hotlineCallId,
    serviceRequestId: request.id,
    assetId: request.asset?.id ?? null,
    customer: request.customer,
    department: request.department,
    contactName: request.contactName,
    contactPhone: request.contactPhone,
    deviceDescription: request.deviceDescription,
    faultDescription: request.faultDescription,
    categoryId: request.asset?.categoryId ?? null,
    urgency: request.urgency,
    receivedAt: new Date(request.createdAt),
    site: (
      await tx
        .select(siteColumns)
        .from(customers)
        .where(and(eq(customers.tenantId, ctx.tenantId), eq(customers.id, request.customer.id)))
    )[0]!,
  };
}
