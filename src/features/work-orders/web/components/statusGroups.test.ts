import { describe, expect, it } from 'vitest';
import { WORK_ORDER_STATES } from '../../work-order.states';
import { isGroupSelected, STATUS_GROUPS } from './statusGroups';

describe('STATUS_GROUPS', () => {
  it('puts every state in exactly one group', () => {
    const grouped = Object.values(STATUS_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...WORK_ORDER_STATES].sort());
  });

  it('knows a group is chosen only when the selection is exactly that group', () => {
    expect(
      isGroupSelected('waiting', ['awaiting_revisit', 'awaiting_approval', 'replacement_advised']),
    ).toBe(true);
    expect(isGroupSelected('waiting', ['awaiting_revisit'])).toBe(false);
    expect(isGroupSelected('signing', ['resolved', 'closed'])).toBe(false);
    expect(isGroupSelected('desk', undefined)).toBe(false);
  });
});
