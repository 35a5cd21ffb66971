import { describe, expect, it } from 'vitest';
import { returnSteps, stepPath } from './returnSteps';

type Subject = Parameters<typeof stepPath>[0];
const base: Subject = {
  status: 'taken_back',
  shippedAt: null,
  test: null,
  handover: null,
  back: null,
};
const at = (change: Partial<Subject>): Subject => ({ ...base, ...change });
const states = (s: Subject) => returnSteps(s).map((x) => `${x.status}:${x.state}`);

describe('stepPath', () => {
  it('shows the whole vendor leg for a return not yet back', () => {
    expect(stepPath(base)).toEqual([
      'taken_back',
      'tested',
      'handed_over',
      'registered',
      'shipped',
      'at_vendor',
      'ready_to_return',
      'returned',
    ]);
  });

  it('adds the quote only for a charged item', () => {
    const charged = at({ status: 'tested', test: { charged: true, quoteApproved: null } });
    expect(stepPath(charged)).toContain('awaiting_approval');
    const free = at({ status: 'tested', test: { charged: false, quoteApproved: null } });
    expect(stepPath(free)).not.toContain('awaiting_approval');
  });

  it('leaves out the vendor for an item finished in house, keeping the steps it took', () => {
    const inHouse = at({
      status: 'ready_to_return',
      test: { charged: false, quoteApproved: null },
      handover: { registeredAt: '2026-11-20T02:00:00Z' },
      back: { outcome: 'repaired' },
    });
    expect(stepPath(inHouse)).toEqual([
      'taken_back',
      'tested',
      'handed_over',
      'registered',
      'ready_to_return',
      'returned',
    ]);
    const declined = at({
      status: 'returned',
      test: { charged: true, quoteApproved: false },
      back: { outcome: 'quote_declined' },
    });
    expect(stepPath(declined)).toEqual([
      'taken_back',
      'tested',
      'awaiting_approval',
      'ready_to_return',
      'returned',
    ]);
  });

  it('keeps the vendor leg once the item was shipped', () => {
    const back = at({ status: 'ready_to_return', shippedAt: '2026-11-01T02:00:00Z' });
    expect(stepPath(back)).toContain('at_vendor');
  });
});

describe('returnSteps', () => {
  it('marks the steps before the state done and the state itself in progress', () => {
    expect(states(at({ status: 'registered' })).slice(0, 5)).toEqual([
      'taken_back:finish',
      'tested:finish',
      'handed_over:finish',
      'registered:process',
      'shipped:wait',
    ]);
  });

  it('counts an approved quote as done: the next step (hand-over) is in progress', () => {
    const approved = at({ status: 'tested', test: { charged: true, quoteApproved: true } });
    expect(states(approved).slice(0, 4)).toEqual([
      'taken_back:finish',
      'tested:finish',
      'awaiting_approval:finish',
      'handed_over:process',
    ]);
    const waiting = at({
      status: 'awaiting_approval',
      test: { charged: true, quoteApproved: null },
    });
    expect(states(waiting)[2]).toBe('awaiting_approval:process');
  });

  it('shows a declined quote as failed', () => {
    const declined = at({
      status: 'ready_to_return',
      test: { charged: true, quoteApproved: false },
      back: { outcome: 'quote_declined' },
    });
    expect(states(declined)).toEqual([
      'taken_back:finish',
      'tested:finish',
      'awaiting_approval:error',
      'ready_to_return:process',
      'returned:wait',
    ]);
  });

  it('finishes every step once returned', () => {
    const done = returnSteps(at({ status: 'returned', shippedAt: '2026-11-01T02:00:00Z' }));
    expect(done.every((s) => s.state === 'finish')).toBe(true);
  });
});
