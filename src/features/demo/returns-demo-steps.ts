import { and, eq, isNull } from 'drizzle-orm';
import { recordWalkIn } from '../intake';
import {
  finishInHouse,
  handOverReturn,
  recordNotice,
  registerReturn,
  type RepairReturnView,
  repairReturnNotices,
  repairReturnOfWorkOrder,
  repairReturns,
  type ReturnCause,
  type TakenBackItem,
  testRepairReturn,
  walkInReturn,
} from '../repair-returns';
import { takeBackItem } from '../work-orders';
import { signaturePngFor } from './demo-pictures';
import type { DemoLoanerCode } from './inventory-demo-catalogue';
import type { DemoStores } from './inventory-demo-stock';
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

/** When a step happens: minutes from now, or a local time (`hh:mm`) on a day from today. */
export type When = number | readonly [days: number, hhmm: string];

export const minutesOf = (w: ReturnsWorld, when: When): number =>
  typeof when === 'number' ? when : w.localTime(when[0], when[1]);

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

/** 送修: the customer brings the item to the counter; the clerk takes it in a few minutes later. */
export interface BroughtIn {
  wish: DeviceWish;
  at: When;
  contact: string;
  fault: string;
  condition: string;
  items: (device: DemoDevice) => TakenBackItem[];
  urgent?: boolean;
}

export async function broughtIn(w: ReturnsWorld, spec: BroughtIn): Promise<DemoReturn> {
  const device = w.pick(spec.wish);
  const at = minutesOf(w, spec.at);
  const { request } = await recordWalkIn(w.tx, w.as('returns', at), {
    assetId: device.id,
    contactName: `${device.departmentName} ${spec.contact}`,
    contactPhone: `1390951${String(7000 + (Math.abs(at) % 3000))}`,
    faultDescription: spec.fault,
    itemCondition: spec.condition,
    urgency: spec.urgent ? 'urgent' : 'normal',
  });
  const view = await walkInReturn(w.tx, w.as('returns', at + 8), {
    serviceRequestId: request.id,
    items: spec.items(device),
    urgent: spec.urgent ?? false,
  });
  return { id: view.id, number: view.number, version: view.version, device };
}

/**
 * 带回维修 on site: the hotline call, the visit and the confirmed fault, then the item goes back
 * to the workshop with the customer's signature on the list.
 */
export interface TakenBack {
  wish: DeviceWish;
  technician: string;
  caller: string;
  fault: string;
  receivedAt: When;
  visitAt: When;
  confirmed: { fault: string; diagnosis: string };
  items: (device: DemoDevice) => TakenBackItem[];
  signer: string;
}

export async function takenBackOnSite(w: ReturnsWorld, spec: TakenBack): Promise<DemoReturn> {
  const receivedAt = minutesOf(w, spec.receivedAt);
  const visitAt = minutesOf(w, spec.visitAt);
  const job = await openJob(w, { ...spec, receivedAt });
  await visit(w, job, {
    contacted: receivedAt + 20,
    window: w.slot(visitAt, 120),
    travel: { at: visitAt - 25, mode: 'public_transport' },
    arrived: { at: visitAt + 5, costCents: 200 },
    confirmed: { at: visitAt + 25, ...spec.confirmed },
  });
  await takeBackItem(w.tx, job.tech(visitAt + 45), job.id, {
    items: spec.items(job.device),
    signerName: spec.signer,
    signaturePng: signaturePngFor(spec.signer),
  });
  const view = await repairReturnOfWorkOrder(w.tx, w.tenantId, job.id);
  return { id: view!.id, number: view!.number, version: view!.version, device: job.device };
}

/** 检测 by a technician at the bench; a charged item's quote goes to the customer at once. */
export interface BenchTest {
  at: When;
  technician: string;
  result: string;
  cause?: ReturnCause;
  /** The expected return, as a day from today. */
  expectedOn: number;
  quoteYuan?: number;
}

export async function bench(w: ReturnsWorld, rr: DemoReturn, spec: BenchTest): Promise<DemoReturn> {
  const view = await testRepairReturn(w.tx, w.as(spec.technician, minutesOf(w, spec.at)), rr.id, {
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
  spec: { at: When; technician: string },
): Promise<DemoReturn> {
  return kept(
    rr,
    await handOverReturn(w.tx, w.as(spec.technician, minutesOf(w, spec.at)), rr.id, {
      version: rr.version,
      note: '外观、配件与带回清单核对一致',
    }),
  );
}

export interface Registration {
  at: When;
  shelf: string;
  /** Its vendor known at registration already. */
  withVendor?: boolean;
}

export async function register(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: Registration,
): Promise<DemoReturn> {
  return kept(
    rr,
    await registerReturn(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, {
      version: rr.version,
      registrationNote: '与维修人员当面交接，外观、序列号、配件与带回清单一致，已贴返修标签',
      storageLocation: spec.shelf,
      vendorId: spec.withVendor ? w.vendorOf(rr.device).id : undefined,
    }),
  );
}

/** The customer told of a long repair (its open notice done), maybe lent a loaner till then. */
export interface Telling {
  at: When;
  channel: 'phone';
  /** What the customer is told, given the expected return day. */
  message: (expectedOn: string) => string;
  customerAnswer: string;
  loaner?: { unit: DemoLoanerCode; dueOn: number; conditionOut: string };
}

export async function tell(
  w: ReturnsWorld,
  stores: DemoStores,
  rr: DemoReturn,
  spec: Telling,
  expectedOn: number,
): Promise<DemoReturn> {
  const [notice] = await w.tx
    .select({ id: repairReturnNotices.id })
    .from(repairReturnNotices)
    .where(and(eq(repairReturnNotices.repairReturnId, rr.id), isNull(repairReturnNotices.doneAt)));
  const { loaner } = spec;
  const view = await recordNotice(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, notice!.id, {
    channel: spec.channel,
    message: spec.message(w.day(expectedOn)),
    customerAnswer: spec.customerAnswer,
    loanerOffered: loaner !== undefined,
    loan: loaner && {
      loanerUnitId: stores.loanerId(loaner.unit),
      dueOn: w.day(loaner.dueOn),
      conditionOut: loaner.conditionOut,
    },
  });
  return kept(rr, view);
}

/** Finished at the bench without the vendor, by the technician who tested it. */
export interface FinishedInHouse {
  at: When;
  outcome: 'repaired' | 'no_fault_found';
  note: string;
}

export async function finishedInHouse(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: FinishedInHouse & { technician: string },
): Promise<DemoReturn> {
  const view = await finishInHouse(w.tx, w.as(spec.technician, minutesOf(w, spec.at)), rr.id, {
    version: rr.version,
    outcome: spec.outcome,
    note: spec.note,
  });
  return kept(rr, view);
}
