import { and, eq } from 'drizzle-orm';
import { recordWalkIn } from '../intake';
import {
  handOverReturn,
  registerReturn,
  type RepairReturnView,
  repairReturnOfWorkOrder,
  repairReturns,
  type ReturnCause,
  type TakenBackItem,
  testRepairReturn,
  walkInReturn,
} from '../repair-returns';
import { takeBackItem } from '../work-orders';
import { signaturePngFor } from './demo-pictures';
import { openJob, visit } from './on-site-demo-steps';
import type { DemoDevice, DeviceWish } from './on-site-demo-world';
import type { ReturnsWorld } from './returns-demo-world';

/** A return the stories carry on: its id, number and the version of its latest step. */
export interface DemoReturn {
  id: string;
  number: string;
  version: number;
  device: DemoDevice;
}

/** The item list of a device taken in whole: its model, serial number, condition, accessories. */
export const unit = (condition: string, accessories?: string) => (d: DemoDevice) => [
  { description: d.device, serialNumber: d.serialNumber, condition, accessories },
];

/** Keeps the version a step answered with, for the next step. */
export function kept(rr: DemoReturn, view: Pick<RepairReturnView, 'version'>): DemoReturn {
  rr.version = view.version;
  return rr;
}

/** Reads the version again after steps that move the return from elsewhere (a shipment). */
export async function reread(w: ReturnsWorld, rr: DemoReturn): Promise<DemoReturn> {
  const [row] = await w.tx
    .select({ version: repairReturns.version })
    .from(repairReturns)
    .where(and(eq(repairReturns.tenantId, w.tenantId), eq(repairReturns.id, rr.id)));
  return kept(rr, row!);
}

/**
 * 送修: the customer brings the item to the counter at `at` (minutes from now); the returns
 * clerk logs the walk-in and takes the item in a few minutes later.
 */
export async function broughtIn(
  w: ReturnsWorld,
  spec: {
    wish: DeviceWish;
    at: number;
    contact: string;
    fault: string;
    condition: string;
    items: (device: DemoDevice) => TakenBackItem[];
    urgent?: boolean;
  },
): Promise<DemoReturn> {
  const device = w.pick(spec.wish);
  const { request } = await recordWalkIn(w.tx, w.as('returns', spec.at), {
    assetId: device.id,
    contactName: `${device.departmentName} ${spec.contact}`,
    contactPhone: `1390951${String(7000 + (Math.abs(spec.at) % 3000))}`,
    faultDescription: spec.fault,
    itemCondition: spec.condition,
    urgency: spec.urgent ? 'urgent' : 'normal',
  });
  const view = await walkInReturn(w.tx, w.as('returns', spec.at + 8), {
    serviceRequestId: request.id,
    items: spec.items(device),
    urgent: spec.urgent ?? false,
  });
  return { id: view.id, number: view.number, version: view.version, device };
}

/**
 * 带回维修 on site: the hotline call, the visit and the confirmed fault, then the item goes back
 * to the workshop with the customer's signature on the list. Times in minutes from now.
 */
export async function takenBackOnSite(
  w: ReturnsWorld,
  spec: {
    wish: DeviceWish;
    technician: string;
    caller: string;
    fault: string;
    receivedAt: number;
    visitAt: number;
    confirmed: { fault: string; diagnosis: string };
    items: (device: DemoDevice) => TakenBackItem[];
    signer: string;
  },
): Promise<DemoReturn> {
  const job = await openJob(w, { ...spec });
  await visit(w, job, {
    contacted: spec.receivedAt + 20,
    window: w.slot(spec.visitAt, 120),
    travel: { at: spec.visitAt - 25, mode: 'public_transport' },
    arrived: { at: spec.visitAt + 5, costCents: 200 },
    confirmed: { at: spec.visitAt + 25, ...spec.confirmed },
  });
  await takeBackItem(w.tx, job.tech(spec.visitAt + 45), job.id, {
    items: spec.items(job.device),
    signerName: spec.signer,
    signaturePng: signaturePngFor(spec.signer),
  });
  const view = await repairReturnOfWorkOrder(w.tx, w.tenantId, job.id);
  return { id: view!.id, number: view!.number, version: view!.version, device: job.device };
}

/** 检测 by a technician at the bench; a charged item's quote goes to the customer at once. */
export async function bench(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: {
    at: number;
    technician: string;
    result: string;
    cause?: ReturnCause;
    /** The expected return, as a day from today. */
    expectedOn: number;
    quoteYuan?: number;
  },
): Promise<DemoReturn> {
  const view = await testRepairReturn(w.tx, w.as(spec.technician, spec.at), rr.id, {
    version: rr.version,
    testResult: spec.result,
    cause: spec.cause ?? 'product_fault',
    quoteCents: spec.quoteYuan === undefined ? undefined : spec.quoteYuan * 100,
    expectedReturnOn: w.day(spec.expectedOn),
  });
  return kept(rr, view);
}

/** 登记备案: the technician hands the item over; the returns clerk confirms and registers it. */
export async function handOver(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: { at: number; technician: string },
): Promise<DemoReturn> {
  return kept(
    rr,
    await handOverReturn(w.tx, w.as(spec.technician, spec.at), rr.id, {
      version: rr.version,
      note: '外观、配件与带回清单核对一致',
    }),
  );
}

export async function register(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: { at: number; shelf: string; withVendor?: boolean },
): Promise<DemoReturn> {
  return kept(
    rr,
    await registerReturn(w.tx, w.as('returns', spec.at), rr.id, {
      version: rr.version,
      registrationNote: '与维修人员当面交接，外观、序列号、配件与带回清单一致，已贴返修标签',
      storageLocation: spec.shelf,
      vendorId: spec.withVendor ? w.vendorOf(rr.device).id : undefined,
    }),
  );
}

/** From brought in (or taken back) to registered: tested, handed over and registered. */
export async function readyToShip(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: {
    testedAt: number;
    technician: string;
    result: string;
    expectedOn: number;
    registeredAt: number;
    shelf: string;
  },
): Promise<DemoReturn> {
  await bench(w, rr, { at: spec.testedAt, ...spec });
  await handOver(w, rr, { at: spec.testedAt + 30, technician: spec.technician });
  return register(w, rr, { at: spec.registeredAt, shelf: spec.shelf });
}
