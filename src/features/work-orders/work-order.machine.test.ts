import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../accounts/roles';
import { allowedActions, checkTransition, WORK_ORDER_TRANSITIONS } from './work-order.machine';
import {
  WORK_ORDER_ACTIONS,
  WORK_ORDER_STATES,
  type WorkOrderAction,
  type WorkOrderStatus,
} from './work-order.states';

const me = 'tech-1';
const other = 'tech-2';

/**
 * Who may make a move: the desk (dispatcher, service manager) on any order; the desk or the
 * assigned technician; or the assigned technician alone.
 */
type Who = 'desk' | 'deskOrOwn' | 'own' | 'counter' | 'front';

/** The expected table, written out by hand from the issue, independently of the implementation. */
const EXPECTED: Partial<Record<`${WorkOrderStatus}:${WorkOrderAction}`, [WorkOrderStatus, Who]>> = {
  'new:assign': ['assigned', 'desk'],
  'assigned:reassign': ['assigned', 'desk'],
  'scheduled:reassign': ['assigned', 'desk'],
  'awaiting_revisit:reassign': ['assigned', 'desk'],
  'assigned:schedule': ['scheduled', 'deskOrOwn'],
  'awaiting_revisit:schedule': ['scheduled', 'deskOrOwn'],
  'scheduled:reschedule': ['scheduled', 'deskOrOwn'],
  'assigned:close': ['closed', 'deskOrOwn'],
  'scheduled:start_travel': ['en_route', 'own'],
  'en_route:arrive': ['on_site', 'own'],
  'on_site:confirm': ['confirmed', 'own'],
  'confirmed:request_approval': ['awaiting_approval', 'own'],
  'awaiting_approval:approve_quote': ['confirmed', 'deskOrOwn'],
  'awaiting_approval:decline_quote': ['resolved', 'deskOrOwn'],
  'confirmed:resolve': ['resolved', 'own'],
  'confirmed:take_back': ['taken_back', 'own'],
  'new:take_in': ['taken_back', 'counter'],
  'taken_back:return_item': ['closed', 'front'],
  'confirmed:revisit': ['awaiting_revisit', 'own'],
  'en_route:revisit': ['awaiting_revisit', 'own'],
  'on_site:revisit': ['awaiting_revisit', 'own'],
  'confirmed:hand_over': ['assigned', 'own'],
  'confirmed:advise_replacement': ['replacement_advised', 'own'],
  'replacement_advised:repair_anyway': ['confirmed', 'deskOrOwn'],
  'resolved:complete': ['closed', 'own'],
  'resolved:close': ['closed', 'desk'],
  'replacement_advised:complete': ['closed', 'own'],
  'new:cancel': ['cancelled', 'desk'],
  'assigned:cancel': ['cancelled', 'desk'],
  'scheduled:cancel': ['cancelled', 'desk'],
  'awaiting_revisit:cancel': ['cancelled', 'desk'],
};

const DESK_ROLES: readonly Role[] = ['dispatcher', 'service_manager'];
const FINAL: readonly WorkOrderStatus[] = ['closed', 'cancelled'];

function mayAct(who: Who, role: Role, technicianId: string | null): boolean {
  const isDesk = DESK_ROLES.includes(role);
  const isOwn = role === 'technician' && technicianId === me;
  if (who === 'desk') return isDesk;
  if (who === 'deskOrOwn') return isDesk || isOwn;
  // The counter (送修) and the returns clerk; giving an item back is also any technician's.
  if (who === 'counter') return isDesk || role === 'returns_clerk';
  if (who === 'front') return isDesk || role === 'returns_clerk' || role === 'technician';
  return isOwn;
}

describe('the work-order transition table, move by move', () => {
  for (const status of WORK_ORDER_STATES) {
    for (const action of WORK_ORDER_ACTIONS) {
      const rule = EXPECTED[`${status}:${action}`];
      for (const role of ROLES) {
        for (const technicianId of [me, other, null]) {
          const allowed = rule !== undefined && mayAct(rule[1], role, technicianId);
          const refusal = rule ? 'FORBIDDEN' : 'INVALID_TRANSITION';
          it(`${status} --${action}--> as ${role} (order of ${technicianId ?? 'nobody'}): ${allowed ? 'allowed' : refusal}`, () => {
            const result = checkTransition({ status, technicianId }, action, {
              userId: me,
              roles: [role],
            });
            if (allowed) expect(result).toMatchObject({ action, from: status, to: rule![0] });
            else expect(result).toBe(refusal);
          });
        }
      }
    }
  }
});

describe('the work-order transition table as a whole', () => {
  it('holds exactly the expected moves, and no other', () => {
    const actual = WORK_ORDER_TRANSITIONS.map((t) => `${t.from}:${t.action}→${t.to}`).sort();
    const expected = Object.entries(EXPECTED)
      .map(([key, [to]]) => `${key}→${to}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has one move per state and action, so an action never means two things', () => {
    const keys = WORK_ORDER_TRANSITIONS.map((t) => `${t.from}:${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("leaves the repair-return moves (take in, give back) out of the order's own actions", () => {
    const desk = { userId: me, roles: ['dispatcher', 'returns_clerk'] as Role[] };
    expect(allowedActions({ status: 'new', technicianId: null }, desk)).not.toContain('take_in');
    expect(allowedActions({ status: 'taken_back', technicianId: null }, desk)).toEqual([]);
    expect(checkTransition({ status: 'new', technicianId: null }, 'take_in', desk)).toMatchObject({
      to: 'taken_back',
    });
  });

  it('keeps closed and cancelled orders final', () => {
    expect(WORK_ORDER_TRANSITIONS.filter((t) => FINAL.includes(t.from))).toEqual([]);
  });

  it('reaches every state from new, and an end from every state', () => {
    const next = (s: WorkOrderStatus) =>
      WORK_ORDER_TRANSITIONS.filter((t) => t.from === s).map((t) => t.to);
    const reachable = (from: WorkOrderStatus) => {
      const seen = new Set([from]);
      const queue = [from];
      while (queue.length)
        for (const to of next(queue.shift()!)) if (!seen.has(to) && seen.add(to)) queue.push(to);
      return seen;
    };
    expect([...reachable('new')].sort()).toEqual([...WORK_ORDER_STATES].sort());
    for (const state of WORK_ORDER_STATES)
      expect(
        FINAL.some((end) => reachable(state).has(end)),
        `${state} can end`,
      ).toBe(true);
  });
});

describe('the quote guard', () => {
  const technician = { userId: me, roles: ['technician'] as Role[] };

  it('refuses the repair of out-of-warranty work until the quote is approved', () => {
    const order = { status: 'confirmed' as const, technicianId: me };
    expect(checkTransition({ ...order, approvalNeeded: true }, 'resolve', technician)).toBe(
      'QUOTE_APPROVAL_REQUIRED',
    );
    expect(
      checkTransition({ ...order, approvalNeeded: false }, 'resolve', technician),
    ).toMatchObject({ to: 'resolved' });
  });

  it('says FORBIDDEN, not the quote, to a technician whose order it is not', () => {
    expect(
      checkTransition(
        { status: 'confirmed', technicianId: other, approvalNeeded: true },
        'resolve',
        technician,
      ),
    ).toBe('FORBIDDEN');
  });

  it('guards nothing else: every other move is decided the same with or without approval', () => {
    for (const t of WORK_ORDER_TRANSITIONS.filter((t) => t.action !== 'resolve'))
      for (const role of ROLES)
        for (const technicianId of [me, other, null]) {
          const actor = { userId: me, roles: [role] };
          const without = checkTransition({ status: t.from, technicianId }, t.action, actor);
          const withNeed = checkTransition(
            { status: t.from, technicianId, approvalNeeded: true },
            t.action,
            actor,
          );
          expect(withNeed).toEqual(without);
        }
  });

  it('offers the other outcomes while approval is needed', () => {
    const order = { status: 'confirmed' as const, technicianId: me, approvalNeeded: true };
    expect(allowedActions(order, technician).sort()).toEqual([
      'advise_replacement',
      'hand_over',
      'request_approval',
      'revisit',
      'take_back',
    ]);
  });
});

describe('several roles at once', () => {
  it('lets a dispatcher who is also the assigned technician make the on-site steps', () => {
    const both = { userId: me, roles: ['dispatcher', 'technician'] as Role[] };
    expect(checkTransition({ status: 'en_route', technicianId: me }, 'arrive', both)).toMatchObject(
      {
        to: 'on_site',
      },
    );
    expect(checkTransition({ status: 'en_route', technicianId: other }, 'arrive', both)).toBe(
      'FORBIDDEN',
    );
    expect(
      checkTransition({ status: 'assigned', technicianId: other }, 'reassign', both),
    ).toMatchObject({ to: 'assigned' });
  });
});

describe('allowedActions', () => {
  it('lists the actions a user may take now', () => {
    const order = { status: 'assigned' as const, technicianId: me };
    expect(allowedActions(order, { userId: me, roles: ['technician'] }).sort()).toEqual([
      'close',
      'schedule',
    ]);
    expect(allowedActions(order, { userId: other, roles: ['technician'] })).toEqual([]);
    expect(allowedActions(order, { userId: other, roles: ['dispatcher'] }).sort()).toEqual([
      'cancel',
      'close',
      'reassign',
      'schedule',
    ]);
    expect(
      allowedActions({ status: 'closed', technicianId: me }, { userId: me, roles: ['admin'] }),
    ).toEqual([]);
  });
});
