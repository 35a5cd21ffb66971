import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db';
import { tenants } from '../accounts';
import { DEMO_COMPANY } from './demo-data';

/** The demo company, found by its name: tenants are platform rows, readable without a tenant. */
export async function findDemoTenant(
  db: Db,
): Promise<{ id: string; timezone: string } | undefined> {
  const [row] = await db
    .select({ id: tenants.id, timezone: tenants.timezone })
    .from(tenants)
    .where(eq(tenants.name, DEMO_COMPANY.name))
    .orderBy(asc(tenants.createdAt))
    .limit(1);
  return row;
}
