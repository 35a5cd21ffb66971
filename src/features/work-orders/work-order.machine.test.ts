import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../accounts/roles';
import { allowedActions, checkTransition, WORK_ORDER_TRANSITIONS } from './work-order.machine';
import { WORK_ORDER_ACTIONS, WORK_ORDER_STATES } from './work-order.states';

const me = 'tech-1';
const other = 'tech-2';

/** The expected table, written out independently of the implementation. */
const EXPECTED: Record<string, Partial<Record<Role, 'own' | 'any'>>> = {
  'new:assign': { dispatcher: 'any', service_manager: 'any' },
  'assigned:reassign': { dispatcher: 'any', service_manager: 'any' },
  'assigned:close': { dispatcher: 'any', service_manager: 'any', technician: 'own' },
  'new:cancel': { dispatcher: 'any', service_manager: 'any' },
  'assigned:cancel': { dispatcher: 'any', service_manager: 'any' },
};
const TARGET: Record<string, string> = {
  assign: 'assigned',
  reassign: 'assigned',
  close: 'closed',
  cancel: 'cancelled',
};

describe('work-order transition table', () => {
  for (const status of WORK_ORDER_STATES) {
    for (const action of WORK_ORDER_ACTIONS) {
      for (const role of ROLES) {
        for (const technicianId of [me, other, null]) {
          const rule = EXPECTED[`${status}:${action}`];
          const allowed = rule?.[role] === 'any' || (rule?.[role] === 'own' && technicianId === me);
          it(`${status} --${action}--> as ${role} (order of ${technicianId ?? 'nobody'}): ${allowed ? 'allowed' : 'refused'}`, () => {
            const result = checkTransition({ status, technicianId }, action, {
              userId: me,
              roles: [role],
            });
            if (allowed) {
              expect(result).toMatchObject({ from: status, to: TARGET[action] });
            } else {
              expect(result).toBe(rule ? 'FORBIDDEN' : 'INVALID_TRANSITION');
            }
          });
        }
      }
    }
  }

  it('closed and cancelled orders are final', () => {
    expect(
      WORK_ORDER_TRANSITIONS.filter((t) => t.from === 'closed' || t.from === 'cancelled'),
    ).toEqual([]);
  });

  it('lists the actions a user may take now', () => {
    const order = { status: 'assigned' as const, technicianId: me };
    expect(allowedActions(order, { userId: me, roles: ['technician'] })).toEqual(['close']);
    expect(allowedActions(order, { userId: other, roles: ['technician'] })).toEqual([]);
    expect(allowedActions(order, { userId: other, roles: ['dispatcher'] }).sort()).toEqual([
      'cancel',
      'close',
      'reassign',
    ]);
  });
});
