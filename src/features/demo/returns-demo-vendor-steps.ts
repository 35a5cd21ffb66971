import {
  confirmShipmentArrival,
  createShipment,
  dispatchShipment,
  receiveBack,
  recordChase,
  returnToCustomer,
  takeInGoodParts,
} from '../repair-returns';
import { signaturePngFor } from './demo-pictures';
import type { DemoPartCode } from './inventory-demo-catalogue';
import type { DemoStores } from './inventory-demo-stock';
import { type DemoReturn, kept, minutesOf, reread, type When } from './returns-demo-steps';
import type { DemoVendor, ReturnsWorld } from './returns-demo-world';

/**
 * 封装运输: the returns clerk packs registered returns for one vendor at `packedAt`; when
 * `dispatched`, the parcel leaves with its carrier and tracking number, and when `arrived`, the
 * vendor's receipt is confirmed (on that day, by that person).
 */
export interface Shipping {
  packedAt: When;
  dispatched?: { at: When; carrier: string; tracking: string; expectedOn?: number };
  /** The day it reached the vendor (from today), and who there received it. */
  arrived?: { day: number; by: string };
}

export async function ship(
  w: ReturnsWorld,
  vendor: DemoVendor,
  returns: readonly DemoReturn[],
  spec: Shipping,
): Promise<string> {
  let shipment = await createShipment(w.tx, w.as('returns', minutesOf(w, spec.packedAt)), {
    vendorId: vendor.id,
    vendorContactId: vendor.contactId ?? undefined,
    shipToAddress: vendor.address,
    repairReturnIds: returns.map((rr) => rr.id),
    note: '设备已做防震包装，随货附返修清单',
  });
  if (spec.dispatched) {
    const { at, carrier, tracking, expectedOn } = spec.dispatched;
    shipment = await dispatchShipment(w.tx, w.as('returns', minutesOf(w, at)), shipment.id, {
      version: shipment.version,
      carrier,
      trackingNumber: tracking,
      expectedArrivalOn: expectedOn === undefined ? undefined : w.day(expectedOn),
    });
  }
  if (spec.dispatched && spec.arrived) {
    // The vendor's receipt is confirmed that afternoon (or now, when it came today).
    const confirmedAt = Math.min(w.localTime(spec.arrived.day, '16:30'), -5);
    shipment = await confirmShipmentArrival(w.tx, w.as('returns', confirmedAt), shipment.id, {
      version: shipment.version,
      arrivedOn: w.day(spec.arrived.day),
      receivedByName: spec.arrived.by,
    });
  }
  for (const rr of returns) await reread(w, rr);
  return shipment.id;
}

/** 催促: the clerk asks the vendor's contact; an answer, and maybe a promised day (from today). */
export interface Chase {
  at: When;
  answer: string;
  promisedOn?: number;
}

export async function chase(
  w: ReturnsWorld,
  vendor: DemoVendor,
  rr: DemoReturn,
  spec: Chase,
): Promise<DemoReturn> {
  const view = await recordChase(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, {
    contactName: vendor.contactName,
    answer: spec.answer,
    promisedOn: spec.promisedOn === undefined ? undefined : w.day(spec.promisedOn),
  });
  return kept(rr, view);
}

/** Back from the vendor: repaired, replaced by a new unit (its serial from the old), or refused. */
export type Back = { at: When; note: string } & (
  { outcome: 'repaired' | 'refused' } | { outcome: 'replaced'; serial: (old: string) => string }
);

export async function back(w: ReturnsWorld, rr: DemoReturn, spec: Back): Promise<DemoReturn> {
  const view = await receiveBack(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, {
    version: rr.version,
    outcome: spec.outcome,
    note: spec.note,
    replacementSerial:
      spec.outcome === 'replaced' ? spec.serial(rr.device.serialNumber) : undefined,
  });
  return kept(rr, view);
}

/** Parts sent along with the item that came back unused: into the central store. */
export interface UnusedParts {
  at: When;
  part: DemoPartCode;
  quantity: number;
}

export async function takeInUnused(
  w: ReturnsWorld,
  stores: DemoStores,
  rr: DemoReturn,
  spec: UnusedParts,
): Promise<void> {
  await takeInGoodParts(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, {
    warehouseId: stores.centralId,
    lines: [{ partId: stores.partId(spec.part), quantity: spec.quantity }],
  });
}

/** The item goes back to the customer, who signs for it; the work order closes. */
export interface GivenBack {
  at: When;
  signer: string;
  note?: string;
}

export async function giveBack(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: GivenBack,
): Promise<DemoReturn> {
  const view = await returnToCustomer(w.tx, w.as('returns', minutesOf(w, spec.at)), rr.id, {
    version: rr.version,
    signerName: spec.signer,
    signaturePng: signaturePngFor(spec.signer),
    note: spec.note,
  });
  return kept(rr, view);
}
