import { z } from 'zod';

export const idParams = z.object({ id: z.uuid() });
export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({ items: z.array(item), total: z.number().int() });

export const read = { permission: 'inventory.read' as const };
export const manage = { permission: 'inventory.manage' as const };
export const manageLoaners = { permission: 'loaners.manage' as const };
