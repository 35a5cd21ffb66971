import type { StockRow } from '../../inventory.schemas';

/**
 * A part line as POST /work-orders/:id/parts takes it. With `partId` it comes out of the
 * order technician's van; the name, code and price are the catalogue's unless given.
 */
export interface WorkOrderPartRequest {
  name: string;
  partNumber?: string;
  quantity: number;
  unitPriceCents?: number;
  covered: boolean;
  partId?: string;
  serialNumber?: string;
}

/**
 * A part picked from the van: a serial-tracked part is one unit with its serial; any other
 * the quantity typed. The name and code go along so the line reads right before it is sent
 * (the phone shows waiting lines from their body); a blank price is left to the catalogue.
 */
export function vanPartRequest(
  part: StockRow['part'],
  picked: { quantity?: number; serialNumber?: string },
  unitPriceCents: number | null,
  covered: boolean,
): WorkOrderPartRequest {
  const serialNumber = picked.serialNumber?.trim();
  return {
    partId: part.id,
    name: part.name,
    partNumber: part.code,
    ...(part.serialTracked && serialNumber
      ? { quantity: 1, serialNumber }
      : { quantity: picked.quantity ?? 1 }),
    ...(unitPriceCents === null ? {} : { unitPriceCents }),
    covered,
  };
}
