import { eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import { technicianProfiles } from './technicians.table';

type ProfileRow = typeof technicianProfiles.$inferSelect;

/** The technician's profile row, created with the table's defaults on first write; locked. */
export async function ensureProfile(tx: Tx, tenantId: string, userId: string): Promise<ProfileRow> {
  await tx.insert(technicianProfiles).values({ tenantId, userId }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(technicianProfiles)
    .where(eq(technicianProfiles.userId, userId))
    .for('update');
  return row!;
}
