import type { ReturnOutcome } from './repair-return.states';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A return back from its vendor: when it left and came back, and what the vendor promised. */
export interface ReturnedFromVendor {
  vendorId: string;
  shippedAt: Date;
  backAt: Date;
  /** The local day it came back, to hold against the promised day. */
  backOn: string;
  /** The vendor's latest promised return day, if any. */
  promisedOn: string | null;
  outcome: ReturnOutcome | null;
}

export interface VendorFigures {
  vendorId: string;
  returned: number;
  /** Mean days from shipped to back, to one decimal. */
  meanTurnaroundDays: number | null;
  /** Of the returns with a promised day, the share back on or before it (0–1). */
  onTimeShare: number | null;
  refused: number;
}

/** Days from shipped to back (fractional; a clock set back cannot make it negative). */
export function turnaroundDays(shippedAt: Date, backAt: Date): number {
  return Math.max(0, backAt.getTime() - shippedAt.getTime()) / DAY_MS;
}

export function isBackByPromise(backOn: string, promisedOn: string): boolean {
  return backOn <= promisedOn;
}

const round = (value: number, places: number) => {
  const scale = 10 ** places;
  return Math.round(value * scale) / scale;
};

/** Each vendor's figures over its returns, in the order the vendors first appear. */
export function vendorFigures(returns: readonly ReturnedFromVendor[]): VendorFigures[] {
  const byVendor = new Map<string, ReturnedFromVendor[]>();
  for (const r of returns) {
    const list = byVendor.get(r.vendorId) ?? [];
    list.push(r);
    byVendor.set(r.vendorId, list);
  }
  return [...byVendor].map(([vendorId, list]) => {
    const days = list.map((r) => turnaroundDays(r.shippedAt, r.backAt));
    const promised = list.filter((r) => r.promisedOn !== null);
    const onTime = promised.filter((r) => isBackByPromise(r.backOn, r.promisedOn!)).length;
    return {
      vendorId,
      returned: list.length,
      meanTurnaroundDays: round(days.reduce((a, b) => a + b, 0) / list.length, 1),
      onTimeShare: promised.length > 0 ? round(onTime / promised.length, 4) : null,
      refused: list.filter((r) => r.outcome === 'refused').length,
    };
  });
}
