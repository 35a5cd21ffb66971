import { eq } from 'drizzle-orm';
import type { Queryable } from '../../platform/db';
import { type CommitmentsContent, commitmentsContent } from './commitments-content.schemas';
import { serviceCommitments } from './commitments.table';
import { DEFAULT_COMMITMENTS } from './default-commitments';

export interface LoadedCommitments {
  content: CommitmentsContent;
  /** 0 while the tenant has saved nothing and runs on DEFAULT_COMMITMENTS. */
  version: number;
  updatedAt: Date | null;
}

/** The tenant's commitments, or the defaults when it has none. */
export async function loadCommitments(db: Queryable, tenantId: string): Promise<LoadedCommitments> {
  const [row] = await db
    .select()
    .from(serviceCommitments)
    .where(eq(serviceCommitments.tenantId, tenantId));
  if (!row) return { content: DEFAULT_COMMITMENTS, version: 0, updatedAt: null };
  // Content is checked on every write; should a later schema refuse an old shape, deadlines
  // keep working on the defaults until the admin saves again.
  const parsed = commitmentsContent.safeParse(row.content);
  return {
    content: parsed.success ? parsed.data : DEFAULT_COMMITMENTS,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}
