import { z } from 'zod';
import { isoDate, optionalText, ref, text } from './common.schemas';
import { NOTICE_CHANNELS, NOTICE_REASONS } from './repair-return.states';

/** Following an item up: chases (催促) of the vendor and the 14-day notices to the customer. */
export const chaseView = z.object({
  id: z.uuid(),
  chasedAt: z.string(),
  chasedBy: ref,
  contactName: z.string(),
  answer: z.string(),
  promisedOn: z.string().nullable(),
  /** When this chase was due; null for one made before any fell due. */
  dueAt: z.string().nullable(),
  /** Made after its due time had passed. */
  late: z.boolean(),
});
export type ChaseView = z.infer<typeof chaseView>;

export const noticeView = z.object({
  id: z.uuid(),
  reason: z.enum(NOTICE_REASONS),
  dueAt: z.string(),
  doneAt: z.string().nullable(),
  doneBy: ref.nullable(),
  channel: z.enum(NOTICE_CHANNELS).nullable(),
  message: z.string().nullable(),
  customerAnswer: z.string().nullable(),
  loanerOffered: z.boolean(),
  loan: z.object({ id: z.uuid(), loanerCode: z.string(), dueOn: z.string() }).nullable(),
});
export type NoticeView = z.infer<typeof noticeView>;

/** 催促: whom the clerk spoke to, what they said and any date they promised. */
export const chaseBody = z.object({
  contactName: text(100),
  answer: text(1000),
  promisedOn: isoDate.optional(),
});
export type ChaseBody = z.infer<typeof chaseBody>;

/** The 14-day notice as given: how, what was said, the customer's answer, any loaner lent. */
export const noticeBody = z.object({
  channel: z.enum(NOTICE_CHANNELS),
  message: text(1000),
  customerAnswer: text(1000),
  loanerOffered: z.boolean(),
  /** Lend a loaner now (the customer accepted it). */
  loan: z
    .object({
      loanerUnitId: z.uuid(),
      dueOn: isoDate,
      conditionOut: optionalText(500),
    })
    .optional(),
});
export type NoticeBody = z.infer<typeof noticeBody>;

export const listNoticesQuery = z.object({
  /** true (default): the open notices already due, oldest first; false: the latest 200 of all. */
  open: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
});
export type ListNoticesQuery = z.infer<typeof listNoticesQuery>;
