import { ACCOUNT_ERRORS } from './error-codes/accounts';
import { DOCUMENT_ERRORS } from './error-codes/documents';
import { FEE_ERRORS } from './error-codes/fees';
import { GENERAL_ERRORS } from './error-codes/general';
import { INTAKE_ERRORS } from './error-codes/intake';
import { INVENTORY_ERRORS } from './error-codes/inventory';
import { MASTER_DATA_ERRORS } from './error-codes/master-data';
import { NOTIFICATION_ERRORS } from './error-codes/notifications';
import { REPAIR_RETURN_ERRORS } from './error-codes/repair-returns';
import { WORK_ORDER_ERRORS } from './error-codes/work-orders';

export type { ErrorEntry } from './error-codes/error-entry';

/**
 * The parts of the map, one per area in error-codes/. Each part `satisfies Record<…>`, so a new
 * code cannot ship without its status and both messages.
 */
export const ERROR_CODE_PARTS = [
  GENERAL_ERRORS,
  ACCOUNT_ERRORS,
  WORK_ORDER_ERRORS,
  MASTER_DATA_ERRORS,
  FEE_ERRORS,
  INTAKE_ERRORS,
  DOCUMENT_ERRORS,
  NOTIFICATION_ERRORS,
  REPAIR_RETURN_ERRORS,
  INVENTORY_ERRORS,
] as const;
type Parts = typeof ERROR_CODE_PARTS;

/** The parts as one object type. */
type Combined<P extends readonly object[]> = P extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Head & Combined<Rest>
  : unknown;

/** The codes that more than one part defines. */
type DuplicateCodes<P extends readonly object[], Seen = never> = P extends readonly [
  infer Head,
  ...infer Rest extends readonly object[],
]
  ? Extract<keyof Head, Seen> | DuplicateCodes<Rest, Seen | keyof Head>
  : never;

// Merged, a code in two parts would silently keep the later one: this names it at compile time.
const _eachCodeOnce: [DuplicateCodes<Parts>] extends [never] ? true : DuplicateCodes<Parts> = true;

/** Every error the API can answer with: its HTTP status and its message in both languages. */
export const ERROR_CODES: Combined<Parts> = Object.assign({}, ...ERROR_CODE_PARTS);

export type ErrorCode = keyof typeof ERROR_CODES;
