import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../db';
import { files } from './files.table';

export interface StoredFile {
  id: string;
  ownerType: string;
  ownerId: string;
  contentType: string;
  byteSize: number;
  data: Buffer;
}

/** Keeps a file with its owner (e.g. a service request's photo), in the caller's transaction. */
export async function storeFile(
  tx: Tx,
  input: {
    tenantId: string;
    ownerType: string;
    ownerId: string;
    contentType: string;
    data: Buffer;
  },
): Promise<{ id: string }> {
  const [row] = await tx
    .insert(files)
    .values({
      ...input,
      byteSize: input.data.length,
      sha256: createHash('sha256').update(input.data).digest('hex'),
    })
    .returning({ id: files.id });
  return row!;
}

/** A file of the tenant, or null. Callers check the owner before serving it. */
export async function loadFile(tx: Tx, tenantId: string, id: string): Promise<StoredFile | null> {
  const [row] = await tx
    .select({
      id: files.id,
      ownerType: files.ownerType,
      ownerId: files.ownerId,
      contentType: files.contentType,
      byteSize: files.byteSize,
      data: files.data,
    })
    .from(files)
    .where(and(eq(files.tenantId, tenantId), eq(files.id, id)));
  return row ?? null;
}
