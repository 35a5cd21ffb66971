import { describe, expect, it } from 'vitest';
import { historyActionKey, historyChanges, historyLabelOf } from './historyChanges';

describe('historyActionKey', () => {
  it('reduces the many spellings of an action to one translatable verb', () => {
    expect(historyActionKey('workOrder.create')).toBe('created');
    expect(historyActionKey('work_order.created')).toBe('created');
    expect(historyActionKey('workOrder.assign')).toBe('assigned');
    expect(historyActionKey('workOrder.reassign')).toBe('reassigned');
    expect(historyActionKey('work-order:closed')).toBe('closed');
    expect(historyActionKey('workOrder.cancel')).toBe('cancelled');
    expect(historyActionKey('something.else')).toBeUndefined();
  });
});

describe('historyLabelOf', () => {
  it('names on-site steps by their action and records kept beside them by their event', () => {
    expect(historyLabelOf('workOrder.start_travel')).toEqual({
      kind: 'action',
      key: 'start_travel',
    });
    expect(historyLabelOf('workOrder.approve_quote')).toEqual({
      kind: 'action',
      key: 'approve_quote',
    });
    expect(historyLabelOf('workOrder.addPart')).toEqual({ kind: 'event', key: 'addPart' });
    expect(historyLabelOf('workOrder.requestCar')).toEqual({ kind: 'event', key: 'requestCar' });
    expect(historyLabelOf('sla.somethingElse')).toBeUndefined();
  });
});

describe('historyChanges', () => {
  it('lists only what changed, hiding bookkeeping and ids that have a name beside them', () => {
    const changes = historyChanges(
      { status: 'new', technicianId: null, technician: null, version: 1 },
      {
        status: 'assigned',
        technicianId: 'u1',
        technician: { id: 'u1', name: '张伟' },
        version: 2,
        urgency: 'urgent',
      },
    );
    expect(changes).toEqual([
      { field: 'status', before: 'new', after: 'assigned', hasBefore: true },
      { field: 'technician', before: null, after: { id: 'u1', name: '张伟' }, hasBefore: false },
      { field: 'urgency', before: null, after: 'urgent', hasBefore: false },
    ]);
  });

  it('handles an event with nothing before (creation)', () => {
    expect(historyChanges(null, { status: 'new' })).toEqual([
      { field: 'status', before: null, after: 'new', hasBefore: false },
    ]);
  });

  it('shows the name noted beside an id instead of the id (the server notes technicianName)', () => {
    const changes = historyChanges(
      { status: 'assigned', technicianId: 'u1' },
      { status: 'assigned', technicianId: 'u2', technicianName: '李娜', reason: '请假' },
    );
    expect(changes.map((change) => change.field)).toEqual(['technicianName', 'reason']);
  });
});
