import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../platform/canonical-json';
import { chainHash, GENESIS_HASH, sealHash } from './hash-chain.rules';

const json = fc.jsonValue();

describe('canonicalJson', () => {
  it('does not depend on key order', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), json), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(canonicalJson(reversed)).toBe(canonicalJson(obj));
      }),
    );
  });

  it('survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
      }),
    );
  });
});

describe('chainHash', () => {
  it('changes when any field or the previous link changes', () => {
    fc.assert(
      fc.property(
        fc.record({ action: fc.string(), seq: fc.nat() }),
        fc.string({ minLength: 1 }),
        (payload, extra) => {
          const base = chainHash(GENESIS_HASH, payload);
          expect(chainHash(GENESIS_HASH, { ...payload, action: payload.action + extra })).not.toBe(
            base,
          );
          expect(chainHash(base, payload)).not.toBe(base);
        },
      ),
    );
  });

  it('is a 64-digit hex digest and deterministic', () => {
    const a = chainHash(GENESIS_HASH, { x: 1 });
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(chainHash(GENESIS_HASH, { x: 1 })).toBe(a);
  });
});

describe('sealHash', () => {
  it('ignores the order entries are listed in but not their content', () => {
    const entries = [
      { stream: 'a', headSeq: 2, headHash: 'h1' },
      { stream: 'b', headSeq: 1, headHash: 'h2' },
    ];
    const seal = { tenantId: 't', seq: 1, sealedAt: '2026-01-01T00:00:00.000Z', entries };
    const hash = sealHash(GENESIS_HASH, seal);
    expect(sealHash(GENESIS_HASH, { ...seal, entries: [...entries].reverse() })).toBe(hash);
    expect(
      sealHash(GENESIS_HASH, { ...seal, entries: [{ ...entries[0]!, headSeq: 3 }, entries[1]!] }),
    ).not.toBe(hash);
  });
});
