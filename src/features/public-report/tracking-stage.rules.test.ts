import { describe, expect, it } from 'vitest';
import { trackingStageOf, trackingSteps } from './tracking-stage.rules';

describe('trackingStageOf', () => {
  it('maps the request and its work order to one public stage', () => {
    expect(trackingStageOf('received', null)).toBe('received');
    expect(trackingStageOf('rejected', null)).toBe('rejected');
    expect(trackingStageOf('converted', 'new')).toBe('dispatched');
    expect(trackingStageOf('converted', 'assigned')).toBe('dispatched');
    expect(trackingStageOf('converted', 'scheduled')).toBe('dispatched');
    expect(trackingStageOf('converted', 'en_route')).toBe('on_the_way');
    expect(trackingStageOf('converted', 'on_site')).toBe('on_the_way');
    expect(trackingStageOf('converted', 'problem_confirmed')).toBe('on_the_way');
    expect(trackingStageOf('converted', 'closed')).toBe('done');
    expect(trackingStageOf('converted', 'resolved')).toBe('done');
    expect(trackingStageOf('converted', 'cancelled')).toBe('cancelled');
  });

  it('reads a status it does not know as dispatched, never as done', () => {
    expect(trackingStageOf('converted', 'some_future_status')).toBe('dispatched');
  });
});

describe('trackingSteps', () => {
  const times = {
    receivedAt: new Date('2026-11-28T02:00:00Z'),
    dispatchedAt: new Date('2026-11-28T03:00:00Z'),
    decidedAt: new Date('2026-11-28T03:00:00Z'),
    closedAt: new Date('2026-11-28T06:00:00Z'),
    cancelledAt: null,
  };

  it('walks received → dispatched → on the way → done', () => {
    expect(trackingSteps('received', times)).toEqual([
      { stage: 'received', at: '2026-11-28T02:00:00.000Z' },
      { stage: 'dispatched', at: null },
      { stage: 'on_the_way', at: null },
      { stage: 'done', at: null },
    ]);
    expect(trackingSteps('done', times).map((s) => s.at)).toEqual([
      '2026-11-28T02:00:00.000Z',
      '2026-11-28T03:00:00.000Z',
      null,
      '2026-11-28T06:00:00.000Z',
    ]);
  });

  it('ends a rejected request after received, a cancelled order after dispatched', () => {
    expect(trackingSteps('rejected', times).map((s) => s.stage)).toEqual(['received', 'rejected']);
    expect(trackingSteps('cancelled', times).map((s) => s.stage)).toEqual([
      'received',
      'dispatched',
      'cancelled',
    ]);
  });
});
