import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../db';
import { publicTokens } from './public-tokens.table';

export type PublicTokenKind = 'asset' | 'tracking';

/** 144 random bits, URL-safe: 24 characters. */
export function newPublicToken(): string {
  return randomBytes(18).toString('base64url');
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22,64}$/;

/** Issues a new token for a target, inside the caller's transaction. */
export async function issuePublicToken(
  tx: Tx,
  input: { kind: PublicTokenKind; tenantId: string; targetId: string },
): Promise<string> {
  const token = newPublicToken();
  await tx.insert(publicTokens).values({ token, ...input });
  return token;
}

/** Revokes every live token of a target (a re-issue revokes, then issues). */
export async function revokePublicTokens(
  tx: Tx,
  input: { kind: PublicTokenKind; tenantId: string; targetId: string },
  at: Date,
): Promise<void> {
  await tx
    .update(publicTokens)
    .set({ revokedAt: at })
    .where(
      and(
        eq(publicTokens.tenantId, input.tenantId),
        eq(publicTokens.targetId, input.targetId),
        eq(publicTokens.kind, input.kind),
        isNull(publicTokens.revokedAt),
      ),
    );
}

/** The live token of a target, if any (to print it again). */
export async function currentPublicToken(
  tx: Tx,
  input: { kind: PublicTokenKind; tenantId: string; targetId: string },
): Promise<string | null> {
  const [row] = await tx
    .select({ token: publicTokens.token })
    .from(publicTokens)
    .where(
      and(
        eq(publicTokens.tenantId, input.tenantId),
        eq(publicTokens.targetId, input.targetId),
        eq(publicTokens.kind, input.kind),
        isNull(publicTokens.revokedAt),
      ),
    )
    .limit(1);
  return row?.token ?? null;
}

/**
 * What a token points to, or null. Unknown, malformed, revoked and wrong-kind tokens all give
 * the same null, so a caller cannot tell them apart (and must answer them alike).
 */
export async function resolvePublicToken(
  db: Db,
  kind: PublicTokenKind,
  token: string,
): Promise<{ tenantId: string; targetId: string } | null> {
  if (!TOKEN_SHAPE.test(token)) return null;
  const [row] = await db
    .select({
      tenantId: publicTokens.tenantId,
      targetId: publicTokens.targetId,
      kind: publicTokens.kind,
      revokedAt: publicTokens.revokedAt,
    })
    .from(publicTokens)
    .where(eq(publicTokens.token, token))
    .limit(1);
  if (!row || row.kind !== kind || row.revokedAt) return null;
  return { tenantId: row.tenantId, targetId: row.targetId };
}
