import type { z } from 'zod';
import type { goodPartsBody } from '../../repair-return.schemas';

export interface GoodPartLineValues {
  partId?: string;
  quantity?: number | null;
  /** One serial number a line (or separated by commas), as scanned or typed. */
  serials?: string;
}

export interface GoodPartsValues {
  warehouseId?: string;
  lines?: GoodPartLineValues[];
}

/** The serial numbers typed in a box, in order, blanks dropped. */
export function splitSerials(text: string | undefined): string[] {
  return (text ?? '')
    .split(/[\n,，;；]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * The form as the request body. With serial numbers and no quantity, the quantity is their
 * count; a mismatch is left for the server to refuse, which names it.
 */
export function goodPartsBodyOf(values: GoodPartsValues): z.input<typeof goodPartsBody> {
  return {
    warehouseId: values.warehouseId ?? '',
    lines: (values.lines ?? []).map((line) => {
      const serialNumbers = splitSerials(line.serials);
      const quantity = line.quantity ?? (serialNumbers.length || undefined);
      return {
        partId: line.partId ?? '',
        quantity: quantity as number,
        ...(serialNumbers.length ? { serialNumbers } : {}),
      };
    }),
  };
}
