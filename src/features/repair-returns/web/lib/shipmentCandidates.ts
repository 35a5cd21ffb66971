import type { RepairReturnListItem } from '../../repair-return.schemas';

/**
 * The registered returns that may go into a parcel to this vendor: those meant for it, and
 * those with no vendor set yet (packing sets it). Urgent ones first, then the oldest.
 */
export function shipmentCandidates(
  registered: readonly RepairReturnListItem[],
  vendorId: string | undefined,
): RepairReturnListItem[] {
  if (!vendorId) return [];
  return registered
    .filter((r) => r.status === 'registered' && (!r.vendor || r.vendor.id === vendorId))
    .sort(
      (a, b) =>
        Number(b.urgent) - Number(a.urgent) || Date.parse(a.takenAt) - Date.parse(b.takenAt),
    );
}
