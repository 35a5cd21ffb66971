import { GENESIS_HASH, type SealEntry, sealHash } from '../audit/hash-chain.rules';
import { Columns } from './bulk-columns';

/** The same limit as sealAuditChains: a seal never lists more streams than this. */
const MAX_STREAMS_PER_SEAL = 5_000;

/**
 * Seals the batch's new streams onto the tenant's seal chain, as sealAuditChains would have
 * done while these orders were worked on: without it the running server would spend its first
 * minutes sealing a million streams while it is being measured.
 */
export function buildSeals(
  tenantId: string,
  last: { seq: number; hash: string } | undefined,
  heads: readonly SealEntry[],
  sealedAt: string,
) {
  const seals = new Columns('audit_seals', {
    seq: 'int',
    prev_hash: 'text',
    hash: 'text',
    sealed_at: 'text',
  });
  const entries = new Columns('audit_seal_entries', {
    seal_seq: 'int',
    stream: 'text',
    head_seq: 'int',
    head_hash: 'text',
  });
  let seq = last?.seq ?? 0;
  let prev = last?.hash ?? GENESIS_HASH;
  for (let i = 0; i < heads.length; i += MAX_STREAMS_PER_SEAL) {
    const part = heads.slice(i, i + MAX_STREAMS_PER_SEAL);
    seq++;
    const hash = sealHash(prev, { tenantId, seq, sealedAt, entries: part });
    seals.push({ seq, prev_hash: prev, hash, sealed_at: sealedAt });
    for (const e of part)
      entries.push({ seal_seq: seq, stream: e.stream, head_seq: e.headSeq, head_hash: e.headHash });
    prev = hash;
  }
  return { seals, entries };
}
