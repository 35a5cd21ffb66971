import { describe, expect, it } from 'vitest';
import { allowedActions } from '../../../work-orders/work-order.machine';
import type { WorkOrderStatus } from '../../../work-orders/work-order.states';
import { chooseSteps } from './nextSteps';

const ME = { userId: 't1', roles: ['technician'] as const };
const allowedFor = (status: WorkOrderStatus, approvalNeeded = false) =>
  allowedActions({ status, technicianId: 't1', approvalNeeded }, ME);
const plain = { approvalNeeded: false, replacementSuggested: false };

describe('the job page’s buttons', () => {
  it('offers the next step of the on-site path as the one primary button', () => {
    expect(chooseSteps('assigned', allowedFor('assigned'), plain)).toEqual({
      primary: 'schedule',
      secondary: ['close'],
    });
    expect(chooseSteps('scheduled', allowedFor('scheduled'), plain)).toEqual({
      primary: 'start_travel',
      secondary: ['reschedule'],
    });
    expect(chooseSteps('en_route', allowedFor('en_route'), plain).primary).toBe('arrive');
    expect(chooseSteps('on_site', allowedFor('on_site'), plain).primary).toBe('confirm');
    expect(chooseSteps('resolved', allowedFor('resolved'), plain).primary).toBe('complete');
    expect(chooseSteps('awaiting_approval', allowedFor('awaiting_approval'), plain)).toEqual({
      primary: 'approve_quote',
      secondary: ['decline_quote'],
    });
  });

  it('offers every outcome once the fault is confirmed, repair on site first', () => {
    const choice = chooseSteps('confirmed', allowedFor('confirmed'), plain);
    expect(choice.primary).toBe('resolve');
    expect(choice.secondary).toEqual([
      'request_approval',
      'take_back',
      'revisit',
      'hand_over',
      'advise_replacement',
    ]);
  });

  it('puts the quote first out of warranty, and replacement first when it is suggested', () => {
    const outOfWarranty = allowedFor('confirmed', true);
    expect(outOfWarranty).not.toContain('resolve');
    expect(
      chooseSteps('confirmed', outOfWarranty, { ...plain, approvalNeeded: true }).primary,
    ).toBe('request_approval');
    const suggested = chooseSteps('confirmed', allowedFor('confirmed'), {
      ...plain,
      replacementSuggested: true,
    });
    expect(suggested.primary).toBe('advise_replacement');
    expect(suggested.secondary).toContain('resolve');
  });

  it('offers nothing on a closed job or one taken back, and never the office’s moves', () => {
    expect(chooseSteps('closed', allowedFor('closed'), plain)).toEqual({
      primary: null,
      secondary: [],
    });
    expect(chooseSteps('taken_back', [], plain).primary).toBeNull();
    expect(
      chooseSteps('assigned', ['assign', 'reassign', 'cancel', 'schedule'], plain).secondary,
    ).toEqual([]);
  });
});
