import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { canonicalJson } from '../canonical-json';
import type { Tx } from '../db';
import { AppError } from '../errors/app-error';
import { idempotencyKeys } from './idempotency-keys.table';

export interface IdempotencyScope {
  tenantId: string;
  userId: string;
  key: string;
  request: unknown;
}

/**
 * Runs a create at most once per key. The key row is inserted first in the same transaction: a
 * concurrent retry waits on it, then finds the stored result. A key reused with a different
 * request body is refused.
 */
export async function withIdempotency<T>(
  tx: Tx,
  scope: IdempotencyScope,
  create: () => Promise<T>,
): Promise<{ result: T; replayed: boolean }> {
  const requestHash = createHash('sha256').update(canonicalJson(scope.request)).digest('hex');
  const inserted = await tx
    .insert(idempotencyKeys)
    .values({ tenantId: scope.tenantId, userId: scope.userId, key: scope.key, requestHash })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  const where = and(
    eq(idempotencyKeys.tenantId, scope.tenantId),
    eq(idempotencyKeys.userId, scope.userId),
    eq(idempotencyKeys.key, scope.key),
  );
  if (inserted.length === 0) {
    const [stored] = await tx.select().from(idempotencyKeys).where(where);
    if (!stored || stored.requestHash !== requestHash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    return { result: stored.response as T, replayed: true };
  }
  const result = await create();
  await tx
    .update(idempotencyKeys)
    .set({ statusCode: 201, response: result as object })
    .where(where);
  return { result, replayed: false };
}
