import { z } from 'zod';
import { includeCancelledQuery, isoDay, optionalText, pagingQuery, ref } from './common.schemas';

export const serviceContractView = z.object({
  id: z.uuid(),
  number: z.string(),
  customer: ref,
  startsOn: z.string(),
  endsOn: z.string(),
  coversParts: z.boolean(),
  coversLabour: z.boolean(),
  coversTravel: z.boolean(),
  note: z.string().nullable(),
  assets: z.array(z.object({ id: z.uuid(), serialNumber: z.string(), modelName: z.string() })),
  isCancelled: z.boolean(),
  createdAt: z.string(),
});
export type ServiceContractView = z.infer<typeof serviceContractView>;

export const serviceContractBody = z
  .object({
    number: z.string().trim().min(1).max(60),
    customerId: z.uuid(),
    startsOn: isoDay,
    endsOn: isoDay,
    coversParts: z.boolean().default(true),
    coversLabour: z.boolean().default(true),
    coversTravel: z.boolean().default(true),
    note: optionalText(500),
    /** The units it covers, all of the contract's customer. */
    assetIds: z.array(z.uuid()).max(500).default([]),
  })
  .refine((c) => c.startsOn <= c.endsOn, {
    message: 'endsOn must not be before startsOn',
    path: ['endsOn'],
  });
export type ServiceContractBody = z.infer<typeof serviceContractBody>;

export const listServiceContractsQuery = z.object({
  ...pagingQuery,
  customerId: z.uuid().optional(),
  includeCancelled: includeCancelledQuery,
});
export type ListServiceContractsQuery = z.infer<typeof listServiceContractsQuery>;
