import type { RequestContext } from '../accounts';
import { createHotlineCall } from '../hotline';
import {
  arriveOnSite,
  confirmFault,
  createWorkOrder,
  DEFAULT_SERVICE_SETTINGS,
  scheduleVisit,
  startTravel,
  type TravelMode,
} from '../work-orders';
import type { DemoDevice, DeviceWish, OnSiteWorld } from './on-site-demo-world';

/**
 * A demo job: the order, its device, and its technician acting `minutes` from now — never
 * before their previous step on it, so a step moved later (a quote kept to today) keeps the
 * steps after it in order.
 */
export interface DemoJob {
  id: string;
  number: string;
  device: DemoDevice;
  tech(minutes: number): RequestContext;
}

/**
 * The customer calls the hotline about a device (at `receivedAt` minutes from now); the
 * dispatcher writes the order and assigns it to the technician a few minutes later.
 */
export async function openJob(
  w: OnSiteWorld,
  spec: {
    wish: DeviceWish;
    technician: string;
    caller: string;
    fault: string;
    receivedAt: number;
    urgency?: 'normal' | 'urgent' | 'critical';
  },
): Promise<DemoJob> {
  const device = w.pick(spec.wish);
  const call = await createHotlineCall(w.tx, w.as('dispatcher', spec.receivedAt), {
    callerName: `${device.departmentName}${spec.caller}`,
    callerPhone: `1390951${String(6000 + (Math.abs(spec.receivedAt) % 4000))}`,
    customerId: device.customerId,
    departmentId: device.departmentId,
    deviceDescription: device.device,
    categoryId: device.categoryId,
    assetId: device.id,
    faultDescription: spec.fault,
    urgency: spec.urgency ?? 'normal',
    receivedAt: w.at(spec.receivedAt),
  });
  const order = await createWorkOrder(w.tx, w.as('dispatcher', spec.receivedAt + 6), {
    hotlineCallId: call.id,
    technicianId: w.userId(spec.technician),
  });
  let last = spec.receivedAt;
  return {
    id: order.id,
    number: order.number,
    device,
    tech: (minutes) => {
      last = Math.max(last, minutes);
      return w.as(spec.technician, last);
    },
  };
}

const FULL_CHECKLIST = DEFAULT_SERVICE_SETTINGS.arrivalChecklist.map((item) => ({
  item,
  checked: true,
}));

/**
 * The technician's way to the device, as far as the plan goes: the customer contacted and a
 * window agreed (warranty and charges told), then travel, arrival with the checklist ticked,
 * and the fault confirmed.
 */
export async function visit(
  w: OnSiteWorld,
  job: DemoJob,
  plan: {
    contacted: number;
    window: { start: string; end: string };
    travel?: { at: number; mode: TravelMode; reason?: string };
    arrived?: { at: number; costCents: number };
    confirmed?: { at: number; fault: string; diagnosis: string };
  },
): Promise<void> {
  await scheduleVisit(w.tx, job.tech(plan.contacted), job.id, {
    ...plan.window,
    warrantyTold: true,
    chargesTold: true,
  });
  if (!plan.travel) return;
  const { at, ...travel } = plan.travel;
  await startTravel(w.tx, job.tech(at), job.id, travel);
  if (!plan.arrived) return;
  await arriveOnSite(w.tx, job.tech(plan.arrived.at), job.id, {
    checklist: FULL_CHECKLIST,
    travelCostCents: plan.arrived.costCents,
  });
  if (!plan.confirmed) return;
  await confirmFault(w.tx, job.tech(plan.confirmed.at), job.id, {
    confirmedFault: plan.confirmed.fault,
    diagnosis: plan.confirmed.diagnosis,
  });
}
