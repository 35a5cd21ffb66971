import { and, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { customers } from '../customers';
import type { CustomerRow } from './customer-rows.rules';
import { jsonValues } from './json-records';

export type CustomerMatch =
  | { kind: 'create' }
  | { kind: 'update'; id: string }
  | { kind: 'ambiguous' }
  | { kind: 'taken'; otherRow: number };

/**
 * Which existing customer each file customer is: by code; else (a first import that adds codes)
 * by exact name among customers without a code; a row without a code by exact name. Two file
 * customers landing on one record is refused for the second.
 */
export async function matchCustomers(
  tx: Tx,
  tenantId: string,
  rows: readonly CustomerRow[],
): Promise<CustomerMatch[]> {
  const codes = rows.flatMap((r) => (r.code ? [r.code] : []));
  const names = rows.map((r) => r.name);
  const existing = rows.length
    ? await tx
        .select({ id: customers.id, code: customers.code, name: customers.name })
        .from(customers)
        .where(
          and(
            eq(customers.tenantId, tenantId),
            or(
              inArray(customers.code, jsonValues(codes)),
              inArray(customers.name, jsonValues(names)),
            ),
          ),
        )
    : [];
  const byCode = new Map(existing.flatMap((c) => (c.code ? [[c.code, c.id] as const] : [])));
  const named = (name: string, withoutCodeOnly: boolean) =>
    existing.filter((c) => c.name === name && (!withoutCodeOnly || c.code === null));
  const claimed = new Map<string, number>();
  return rows.map((row): CustomerMatch => {
    let id = row.code ? byCode.get(row.code) : undefined;
    if (!id) {
      const candidates = named(row.name, row.code !== null);
      if (candidates.length > 1) return { kind: 'ambiguous' };
      id = candidates[0]?.id;
    }
    if (!id) return { kind: 'create' };
    const other = claimed.get(id);
    if (other !== undefined) return { kind: 'taken', otherRow: other };
    claimed.set(id, row.row);
    return { kind: 'update', id };
  });
}
