import {
  confirmShipmentArrival,
  createShipment,
  dispatchShipment,
  receiveBack,
  recordChase,
  returnToCustomer,
} from '../repair-returns';
import { signaturePngFor } from './demo-pictures';
import { type DemoReturn, kept, reread } from './returns-demo-steps';
import type { DemoVendor, ReturnsWorld } from './returns-demo-world';

/**
 * 封装运输: the returns clerk packs registered returns for one vendor at `packedAt`; when
 * `dispatched`, the parcel leaves with its carrier and tracking number, and when `arrived`, the
 * vendor's receipt is confirmed (on that day, by that person). Times in minutes from now.
 */
export async function ship(
  w: ReturnsWorld,
  vendor: DemoVendor,
  returns: readonly DemoReturn[],
  spec: {
    packedAt: number;
    dispatched?: { at: number; carrier: string; tracking: string; expectedOn?: number };
    /** The day it reached the vendor (from today), and who there received it. */
    arrived?: { day: number; by: string };
  },
): Promise<string> {
  let shipment = await createShipment(w.tx, w.as('returns', spec.packedAt), {
    vendorId: vendor.id,
    vendorContactId: vendor.contactId ?? undefined,
    shipToAddress: vendor.address,
    repairReturnIds: returns.map((rr) => rr.id),
    note: '设备已做防震包装，随货附返修清单',
  });
  if (spec.dispatched) {
    const { at, carrier, tracking, expectedOn } = spec.dispatched;
    shipment = await dispatchShipment(w.tx, w.as('returns', at), shipment.id, {
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
export async function chase(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: { at: number; contact: string; answer: string; promisedOn?: number },
): Promise<DemoReturn> {
  const view = await recordChase(w.tx, w.as('returns', spec.at), rr.id, {
    contactName: spec.contact,
    answer: spec.answer,
    promisedOn: spec.promisedOn === undefined ? undefined : w.day(spec.promisedOn),
  });
  return kept(rr, view);
}

/** Back from the vendor: repaired, replaced by a unit with a new serial, or refused. */
export async function back(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: { at: number; note: string } & (
    { outcome: 'repaired' | 'refused' } | { outcome: 'replaced'; serial: string }
  ),
): Promise<DemoReturn> {
  const view = await receiveBack(w.tx, w.as('returns', spec.at), rr.id, {
    version: rr.version,
    outcome: spec.outcome,
    note: spec.note,
    replacementSerial: spec.outcome === 'replaced' ? spec.serial : undefined,
  });
  return kept(rr, view);
}

/** The item goes back to the customer, who signs for it; the work order closes. */
export async function giveBack(
  w: ReturnsWorld,
  rr: DemoReturn,
  spec: { at: number; signer: string; note?: string },
): Promise<DemoReturn> {
  const view = await returnToCustomer(w.tx, w.as('returns', spec.at), rr.id, {
    version: rr.version,
    signerName: spec.signer,
    signaturePng: signaturePngFor(spec.signer),
    note: spec.note,
  });
  return kept(rr, view);
}
