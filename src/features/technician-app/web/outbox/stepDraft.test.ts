import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from '../../../../web/api/ApiError';
import { failureKind, newDraft, projectedStatus, requestOf, type StepDraft } from './stepDraft';

const JOB = '11111111-1111-4111-8111-111111111111';
let seq = 0;
const draft = (kind: StepDraft['kind'], state: StepDraft['state'] = 'queued'): StepDraft => ({
  ...newDraft(
    { workOrderId: JOB, kind, body: {} },
    { id: `d${++seq}`, userId: 'u', key: `k${seq}`, seq, now: new Date(0) },
  ),
  state,
});

describe('step drafts', () => {
  it('maps each step to its route', () => {
    expect(requestOf({ workOrderId: JOB, kind: 'start_travel' })).toEqual({
      method: 'POST',
      path: `/work-orders/${JOB}/start-travel`,
    });
    expect(requestOf({ workOrderId: JOB, kind: 'advise_replacement' }).path).toBe(
      `/work-orders/${JOB}/advise-replacement`,
    );
    expect(requestOf({ workOrderId: JOB, kind: 'removePart', targetId: 'p1' })).toEqual({
      method: 'DELETE',
      path: `/work-orders/${JOB}/parts/p1`,
    });
    expect(requestOf({ workOrderId: JOB, kind: 'carRequest' }).path).toBe(
      `/work-orders/${JOB}/car-requests`,
    );
  });

  it('retries network trouble and gateway errors, and hands refusals to the user', () => {
    expect(failureKind(new NetworkError(new TypeError('Failed to fetch')))).toBe('retry');
    expect(failureKind(new ApiError(502, 'HTTP_502', 'Bad Gateway'))).toBe('retry');
    expect(failureKind(new ApiError(401, 'UNAUTHENTICATED', ''))).toBe('retry');
    expect(failureKind(new ApiError(409, 'INVALID_TRANSITION', ''))).toBe('rejected');
    expect(failureKind(new ApiError(400, 'VALIDATION_FAILED', ''))).toBe('rejected');
    expect(failureKind(new ApiError(500, 'INTERNAL', ''))).toBe('rejected');
    expect(failureKind(new Error('bug'))).toBe('rejected');
    // Removing what is already gone is what a removal wanted.
    expect(failureKind(new ApiError(404, 'NOT_FOUND', ''), { method: 'DELETE' })).toBe('done');
    expect(failureKind(new ApiError(404, 'NOT_FOUND', ''), { method: 'POST' })).toBe('rejected');
  });

  it('projects the status through the waiting transitions, in order', () => {
    expect(projectedStatus('scheduled', [])).toBe('scheduled');
    expect(projectedStatus('scheduled', [draft('start_travel'), draft('arrive')])).toBe('on_site');
    // Parts and photos do not move the order.
    expect(projectedStatus('on_site', [draft('photo'), draft('confirm'), draft('addPart')])).toBe(
      'confirmed',
    );
  });

  it('stops at a refused step and at a step the table does not allow', () => {
    expect(projectedStatus('scheduled', [draft('start_travel', 'failed'), draft('arrive')])).toBe(
      'scheduled',
    );
    expect(projectedStatus('assigned', [draft('arrive'), draft('confirm')])).toBe('assigned');
    expect(projectedStatus('resolved', [draft('complete')])).toBe('closed');
  });
});
