import { describe, expect, it } from 'vitest';
import { clockEffects, endsVisit } from './transition-effects.rules';
import { WORK_ORDER_TRANSITIONS } from './work-order.machine';
import { PAUSED_STATES, REVISIT_REASONS } from './work-order.states';

describe('clockEffects', () => {
  it('meets each clock at its event', () => {
    expect(clockEffects('schedule')).toEqual([{ op: 'meet', kind: 'response' }, { op: 'resume' }]);
    expect(clockEffects('arrive')).toEqual([{ op: 'meet', kind: 'onSite' }]);
    expect(clockEffects('complete')).toEqual([{ op: 'meet', kind: 'completion' }]);
    expect(clockEffects('take_back')).toEqual([{ op: 'meet', kind: 'completion' }]);
  });

  it('pauses while waiting for the customer or parts, and resumes when the wait ends', () => {
    expect(clockEffects('request_approval')).toEqual([{ op: 'pause' }]);
    expect(clockEffects('approve_quote')).toEqual([{ op: 'resume' }]);
    expect(clockEffects('decline_quote')).toEqual([{ op: 'resume' }]);
    expect(clockEffects('revisit', 'customer_unavailable')).toEqual([{ op: 'pause' }]);
    expect(clockEffects('revisit', 'parts')).toEqual([{ op: 'pause' }]);
    expect(clockEffects('revisit', 'tools')).toEqual([]);
    expect(clockEffects('revisit', 'other')).toEqual([]);
    // Agreeing the next visit ends the wait.
    expect(clockEffects('schedule')).toContainEqual({ op: 'resume' });
  });

  it('stops the clocks of a cancelled order; a phone fix meets response and completion', () => {
    expect(clockEffects('cancel')).toEqual([{ op: 'stop' }]);
    expect(clockEffects('close')).toEqual([
      { op: 'meet', kind: 'response' },
      { op: 'meet', kind: 'completion' },
      { op: 'stop' },
    ]);
  });

  it('resumes every move out of a waiting state that the table allows', () => {
    for (const t of WORK_ORDER_TRANSITIONS) {
      if (!PAUSED_STATES.includes(t.from) || PAUSED_STATES.includes(t.to)) continue;
      const ops = clockEffects(t.action).map((e) => e.op);
      // Leaving a wait resumes the clocks or ends them (cancel); a reassigned wait goes on
      // until the new technician agrees a time (schedule resumes).
      if (t.action === 'reassign') continue;
      expect(
        ops.some((op) => op === 'resume' || op === 'stop'),
        `${t.from} --${t.action}-->`,
      ).toBe(true);
    }
  });

  it('pauses on every move into a waiting state, for the reasons that wait on others', () => {
    for (const t of WORK_ORDER_TRANSITIONS.filter((t) => PAUSED_STATES.includes(t.to)))
      for (const reason of REVISIT_REASONS) {
        const paused = clockEffects(t.action, reason).some((e) => e.op === 'pause');
        const expected =
          t.action === 'request_approval' || ['customer_unavailable', 'parts'].includes(reason);
        expect(paused, `${t.from} --${t.action}(${reason})-->`).toBe(expected);
      }
  });
});

describe('endsVisit', () => {
  it('ends the visit with every outcome, and only then', () => {
    const outcomes = [
      'resolve',
      'take_back',
      'revisit',
      'hand_over',
      'advise_replacement',
      'decline_quote',
    ];
    for (const action of outcomes) expect(endsVisit(action as never)).toBe(true);
    for (const action of ['arrive', 'confirm', 'request_approval', 'complete', 'schedule'])
      expect(endsVisit(action as never)).toBe(false);
  });
});
