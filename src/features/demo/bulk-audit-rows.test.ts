import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/canonical-json';
import { type AuditPayload, chainHash, GENESIS_HASH } from '../audit/hash-chain.rules';
import { buildBatch } from './bulk-batch';
import type { BulkContext } from './bulk-context';
import { makeOrder } from './bulk-orders';
import { seededRng } from './bulk-random';

const uuid = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ctx: BulkContext = {
  tenantId: uuid(1),
  timeZone: 'Asia/Shanghai',
  desk: { id: uuid(2), name: '李晓燕', role: 'dispatcher' },
  technicians: [3, 4, 5].map((n) => ({ id: uuid(n), name: `技师${n}`, role: 'technician' })),
  customers: [
    { id: uuid(6), name: '宁夏医科大学总医院', departments: [{ id: uuid(7), name: '放射科' }] },
    { id: uuid(8), name: '银川一中', departments: [] },
  ],
};

describe('bulk audit rows', () => {
  // Orders from a week ago to now: every lifecycle, including the ones still open.
  const rng = seededRng(7);
  const now = Date.UTC(2026, 10, 28, 8);
  const orders = Array.from({ length: 2_000 }, (_, i) =>
    makeOrder(ctx, rng, now - 7 * 86_400_000 + i * 300_000, `WO-20261128-${i}`, now),
  );
  const batch = buildBatch(ctx.tenantId, ctx.desk.id, orders);
  const v = batch.events.values;

  it('hashes exactly what verifyAuditChains recomputes, chained per stream', () => {
    const actions = new Set(v.action);
    expect([...actions].sort()).toEqual(
      ['assign', 'cancel', 'close', 'create', 'reassign']
        .map((a) => `workOrder.${a}`)
        .concat('hotlineCall.create')
        .sort(),
    );
    for (let i = 0; i < batch.events.length; i++) {
      const before = v.before[i] === null ? null : JSON.parse(v.before[i] as string);
      const after = v.after[i] === null ? null : JSON.parse(v.after[i] as string);
      expect(v.before[i] ?? 'null').toBe(canonicalJson(before));
      expect(v.after[i] ?? 'null').toBe(canonicalJson(after));
      const payload: AuditPayload = {
        tenantId: ctx.tenantId,
        stream: v.stream[i] as string,
        seq: v.seq[i] as number,
        actorId: v.actor_id[i] as string,
        actorName: v.actor_name[i] as string,
        actorRole: v.actor_role[i] as string,
        action: v.action[i] as string,
        objectType: v.object_type[i] as string,
        objectId: v.object_id[i] as string,
        before,
        after,
        occurredAt: v.occurred_at[i] as string,
        sourceIp: null,
      };
      const first = payload.seq === 1;
      expect(v.prev_hash[i]).toBe(first ? GENESIS_HASH : v.hash[i - 1]);
      if (!first) expect(v.stream[i - 1]).toBe(payload.stream);
      expect(v.hash[i]).toBe(chainHash(v.prev_hash[i] as string, payload));
    }
    expect(batch.heads).toHaveLength(2 * orders.length);
  });
});
