import { createHash } from 'node:crypto';
import { canonicalJson } from '../../platform/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export function chainHash(prevHash: string, payload: unknown): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(canonicalJson(payload))
    .digest('hex');
}

/** What an event's hash covers: everything but its storage id and its own hash. */
export interface AuditPayload {
  tenantId: string;
  stream: string;
  seq: number;
  actorId: string | null;
  actorName: string | null;
  actorRole: string;
  action: string;
  objectType: string;
  objectId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  occurredAt: string;
  sourceIp: string | null;
}

export interface SealEntry {
  stream: string;
  headSeq: number;
  headHash: string;
}

export function sealHash(
  prevHash: string,
  seal: { tenantId: string; seq: number; sealedAt: string; entries: readonly SealEntry[] },
): string {
  const entries = [...seal.entries].sort((a, b) => (a.stream < b.stream ? -1 : 1));
  return chainHash(prevHash, { ...seal, entries });
}

/** The stream (hash chain) of one record. */
export function streamOf(objectType: string, objectId: string): string {
  return `${objectType}:${objectId}`;
}
