import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchedReservations, type TakeNumbers } from './batched-numbers';

/** A counter per series, as app_next_numbers keeps them, whose statements answer when told. */
function fakeCounters() {
  const counters = new Map<string, number>();
  const out: { key: string; count: number; answer(): void; fail(error: Error): void }[] = [];
  const busy = new Set<string>();
  /** Series that had a second statement out while one was: there must be none. */
  const overlaps: string[] = [];
  const take: TakeNumbers = (tenantId, prefix, day, count) =>
    new Promise((resolve, reject) => {
      const key = `${tenantId}/${prefix}/${day}`;
      if (busy.has(key)) overlaps.push(key);
      busy.add(key);
      out.push({
        key,
        count,
        answer: () => {
          const last = (counters.get(key) ?? 0) + count;
          counters.set(key, last);
          busy.delete(key);
          resolve(last);
        },
        fail: (error) => {
          busy.delete(key);
          reject(error);
        },
      });
    });
  return { take, out, overlaps };
}
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('batchedReservations', () => {
  it('sends the first request at once and the ones that came meanwhile as one statement', async () => {
    const { take, out } = fakeCounters();
    const reserve = batchedReservations(take);
    const first = reserve('t', 'WO', '2026-11-29');
    expect(out.map((s) => s.count)).toEqual([1]);
    const meanwhile = [1, 2, 3, 4, 5].map(() => reserve('t', 'WO', '2026-11-29'));
    expect(out).toHaveLength(1);
    out[0]!.answer();
    await settle();
    expect(out.map((s) => s.count)).toEqual([1, 5]);
    out[1]!.answer();
    expect(await first).toBe('WO-20261129-0001');
    expect(await Promise.all(meanwhile)).toEqual([
      'WO-20261129-0002',
      'WO-20261129-0003',
      'WO-20261129-0004',
      'WO-20261129-0005',
      'WO-20261129-0006',
    ]);
    // Nothing out or waiting: the next request goes at once again.
    const later = reserve('t', 'WO', '2026-11-29');
    expect(out.map((s) => s.count)).toEqual([1, 5, 1]);
    out[2]!.answer();
    expect(await later).toBe('WO-20261129-0007');
  });

  it('keeps series apart: another tenant, prefix or day does not wait', () => {
    const { take, out } = fakeCounters();
    const reserve = batchedReservations(take);
    void reserve('a', 'WO', '2026-11-29');
    void reserve('b', 'WO', '2026-11-29');
    void reserve('a', 'RR', '2026-11-29');
    void reserve('a', 'WO', '2026-11-30');
    expect(out.map((s) => s.key)).toEqual([
      'a/WO/2026-11-29',
      'b/WO/2026-11-29',
      'a/RR/2026-11-29',
      'a/WO/2026-11-30',
    ]);
    for (const statement of out) statement.answer();
  });

  it('fails only the requests of a failed statement; the ones waiting still get numbers', async () => {
    const { take, out } = fakeCounters();
    const reserve = batchedReservations(take);
    const failed = reserve('t', 'WO', '2026-11-29').catch((error: Error) => error.message);
    const waiting = [reserve('t', 'WO', '2026-11-29'), reserve('t', 'WO', '2026-11-29')];
    out[0]!.fail(new Error('connection lost'));
    await settle();
    out[1]!.answer();
    expect(await failed).toBe('connection lost');
    expect(await Promise.all(waiting)).toEqual(['WO-20261129-0001', 'WO-20261129-0002']);
  });

  it('gives every request a distinct number, in the order they were asked for', async () => {
    await fc.assert(
      fc.asyncProperty(
        // Each step: a request for one of three series, or the oldest statement out answering.
        fc.array(fc.oneof(fc.constantFrom('a', 'b', 'c'), fc.constant('answer')), {
          maxLength: 80,
        }),
        async (steps) => {
          const { take, out, overlaps } = fakeCounters();
          const reserve = batchedReservations(take);
          const asked: { series: string; number: Promise<string> }[] = [];
          let answered = 0;
          for (const step of steps) {
            if (step === 'answer') {
              if (answered < out.length) out[answered++]!.answer();
              await settle();
            } else asked.push({ series: step, number: reserve(step, 'WO', '2026-11-29') });
          }
          while (answered < out.length) {
            out[answered++]!.answer();
            await settle();
          }
          for (const series of ['a', 'b', 'c']) {
            const numbers = await Promise.all(
              asked.filter((r) => r.series === series).map((r) => r.number),
            );
            const expected = numbers.map((_, i) => `WO-20261129-${String(i + 1).padStart(4, '0')}`);
            expect(numbers).toEqual(expected);
          }
          expect(out.length).toBeLessThanOrEqual(asked.length);
          expect(overlaps).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
