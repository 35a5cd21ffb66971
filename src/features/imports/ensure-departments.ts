import { randomUUID } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { departments } from '../customers';
import { jsonRecords, jsonValues } from './json-records';

const keyOf = (customerId: string, name: string) => `${customerId}\u0000${name}`;

/**
 * The departments rows name, by customer and name; missing ones are created (unless this is a
 * dry run, when they are only counted). Departments have no unique key, so this matches names.
 */
export async function ensureDepartments(
  tx: Tx,
  tenantId: string,
  wanted: readonly { customerId: string; name: string }[],
  { dryRun }: { dryRun: boolean },
): Promise<{ idOf: (customerId: string, name: string) => string | null; created: number }> {
  const ids = new Map<string, string>();
  if (wanted.length) {
    const existing = await tx
      .select({ id: departments.id, customerId: departments.customerId, name: departments.name })
      .from(departments)
      .where(
        and(
          eq(departments.tenantId, tenantId),
          inArray(
            departments.customerId,
            jsonValues(
              wanted.map((w) => w.customerId),
              'uuid',
            ),
          ),
        ),
      );
    for (const d of existing) ids.set(keyOf(d.customerId, d.name), d.id);
  }
  const missing = new Map<string, { id: string; customerId: string; name: string }>();
  for (const w of wanted) {
    const key = keyOf(w.customerId, w.name);
    if (!ids.has(key) && !missing.has(key)) missing.set(key, { id: randomUUID(), ...w });
  }
  if (!dryRun && missing.size) {
    await tx.execute(sql`
      INSERT INTO departments (id, tenant_id, customer_id, name)
      SELECT r.id, ${tenantId}, r."customerId", r.name
      FROM jsonb_to_recordset(${jsonRecords([...missing.values()])})
        AS r(id uuid, "customerId" uuid, name text)`);
  }
  for (const [key, d] of missing) ids.set(key, d.id);
  return {
    idOf: (customerId, name) => ids.get(keyOf(customerId, name)) ?? null,
    created: missing.size,
  };
}
