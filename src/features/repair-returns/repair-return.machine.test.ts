import { describe, expect, it } from 'vitest';
import { ROLES, type Role } from '../accounts/roles';
import {
  allowedReturnActions,
  checkReturnTransition,
  REPAIR_RETURN_TRANSITIONS,
} from './repair-return.machine';
import {
  REPAIR_RETURN_ACTIONS,
  REPAIR_RETURN_STATES,
  type RepairReturnAction,
  type RepairReturnStatus,
} from './repair-return.states';

const me = 'user-1';
const other = 'user-2';

/**
 * Who may make a move: the bench (technicians, the service manager standing in), the bench or
 * a returns clerk, the clerks (returns clerk, service manager), or the front (anyone who talks
 * to the customer: clerks, dispatchers, technicians).
 */
type Who = 'bench' | 'benchOrClerk' | 'clerk' | 'front';
/** A charged item must have its quote approved; the handover is confirmed by someone else. */
type Check = 'quoteApproved' | 'secondPerson';

/** The expected table, written out by hand from the issue, independently of the implementation. */
const EXPECTED: Partial<
  Record<`${RepairReturnStatus}:${RepairReturnAction}`, [RepairReturnStatus, Who, Check?]>
> = {
  'taken_back:test': ['tested', 'bench'],
  'tested:test': ['tested', 'bench'],
  'tested:request_approval': ['awaiting_approval', 'bench'],
  'awaiting_approval:approve_quote': ['tested', 'front'],
  'awaiting_approval:decline_quote': ['ready_to_return', 'front'],
  'tested:hand_over': ['handed_over', 'bench', 'quoteApproved'],
  'tested:finish_in_house': ['ready_to_return', 'benchOrClerk', 'quoteApproved'],
  'handed_over:register': ['registered', 'clerk', 'secondPerson'],
  'registered:finish_in_house': ['ready_to_return', 'clerk'],
  'registered:ship': ['shipped', 'clerk'],
  'shipped:confirm_arrival': ['at_vendor', 'clerk'],
  'shipped:receive_back': ['ready_to_return', 'clerk'],
  'at_vendor:receive_back': ['ready_to_return', 'clerk'],
  'ready_to_return:return_to_customer': ['returned', 'front'],
};

const WHO: Record<Who, readonly Role[]> = {
  bench: ['technician', 'service_manager'],
  benchOrClerk: ['technician', 'service_manager', 'returns_clerk'],
  clerk: ['returns_clerk', 'service_manager'],
  front: ['returns_clerk', 'service_manager', 'dispatcher', 'technician'],
};

function expectedOutcome(
  rule: [RepairReturnStatus, Who, Check?] | undefined,
  role: Role,
  approvalNeeded: boolean,
  handedOverBy: string | null,
):
  | 'allowed'
  | 'INVALID_TRANSITION'
  | 'FORBIDDEN'
  | 'RETURN_QUOTE_REQUIRED'
  | 'HANDOVER_SAME_PERSON' {
  if (!rule) return 'INVALID_TRANSITION';
  const [, who, check] = rule;
  if (!WHO[who].includes(role)) return 'FORBIDDEN';
  if (check === 'quoteApproved' && approvalNeeded) return 'RETURN_QUOTE_REQUIRED';
  if (check === 'secondPerson' && handedOverBy === me) return 'HANDOVER_SAME_PERSON';
  return 'allowed';
}

describe('the repair-return transition table, move by move', () => {
  for (const status of REPAIR_RETURN_STATES)
    for (const action of REPAIR_RETURN_ACTIONS) {
      const rule = EXPECTED[`${status}:${action}`];
      for (const role of ROLES)
        for (const approvalNeeded of [false, true])
          for (const handedOverBy of [me, other, null]) {
            const expected = expectedOutcome(rule, role, approvalNeeded, handedOverBy);
            const setting = `${approvalNeeded ? 'quote pending' : 'no quote pending'}, handed over by ${handedOverBy ?? 'nobody'}`;
            it(`${status} --${action}--> as ${role} (${setting}): ${expected}`, () => {
              const result = checkReturnTransition(
                { status, approvalNeeded, handedOverBy },
                action,
                { userId: me, roles: [role] },
              );
              if (expected === 'allowed')
                expect(result).toMatchObject({ action, from: status, to: rule![0] });
              else expect(result).toBe(expected);
            });
          }
    }
});

describe('the repair-return transition table as a whole', () => {
  const next = (s: RepairReturnStatus) =>
    REPAIR_RETURN_TRANSITIONS.filter((t) => t.from === s).map((t) => t.to);
  const reachable = (from: RepairReturnStatus) => {
    const seen = new Set([from]);
    const queue = [from];
    while (queue.length)
      for (const to of next(queue.shift()!)) if (!seen.has(to) && seen.add(to)) queue.push(to);
    return seen;
  };

  it('holds exactly the expected moves, and no other', () => {
    const actual = REPAIR_RETURN_TRANSITIONS.map((t) => `${t.from}:${t.action}→${t.to}`).sort();
    const expected = Object.entries(EXPECTED)
      .map(([key, [to]]) => `${key}→${to}`)
      .sort();
    expect(actual).toEqual(expected);
  });

  it('has one move per state and action, so an action never means two things', () => {
    const keys = REPAIR_RETURN_TRANSITIONS.map((t) => `${t.from}:${t.action}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('keeps a returned item returned', () => {
    expect(REPAIR_RETURN_TRANSITIONS.filter((t) => t.from === 'returned')).toEqual([]);
  });

  it('reaches every state from taken back', () => {
    expect([...reachable('taken_back')].sort()).toEqual([...REPAIR_RETURN_STATES].sort());
  });

  it('can bring every item back to the customer, from every state', () => {
    for (const state of REPAIR_RETURN_STATES)
      expect(reachable(state).has('returned'), `${state} reaches returned`).toBe(true);
  });
});

describe('the guards', () => {
  const technician = { userId: me, roles: ['technician'] as Role[] };
  const clerk = { userId: me, roles: ['returns_clerk'] as Role[] };

  it('say FORBIDDEN, not the guard, to someone without the role', () => {
    expect(
      checkReturnTransition({ status: 'tested', approvalNeeded: true }, 'hand_over', clerk),
    ).toBe('FORBIDDEN');
    expect(
      checkReturnTransition({ status: 'handed_over', handedOverBy: me }, 'register', technician),
    ).toBe('FORBIDDEN');
  });

  it('guard nothing else: every other move is decided the same whatever the quote or handover', () => {
    const guarded = ['tested:hand_over', 'tested:finish_in_house', 'handed_over:register'];
    for (const t of REPAIR_RETURN_TRANSITIONS.filter(
      (t) => !guarded.includes(`${t.from}:${t.action}`),
    ))
      for (const role of ROLES) {
        const actor = { userId: me, roles: [role] };
        const plain = checkReturnTransition({ status: t.from }, t.action, actor);
        for (const handedOverBy of [me, other])
          expect(
            checkReturnTransition(
              { status: t.from, approvalNeeded: true, handedOverBy },
              t.action,
              actor,
            ),
          ).toEqual(plain);
      }
  });
});

describe('several roles at once', () => {
  it('lets a service manager who handed an item over still not register it', () => {
    const both = { userId: me, roles: ['technician', 'service_manager'] as Role[] };
    expect(
      checkReturnTransition({ status: 'handed_over', handedOverBy: me }, 'register', both),
    ).toBe('HANDOVER_SAME_PERSON');
    expect(
      checkReturnTransition({ status: 'handed_over', handedOverBy: other }, 'register', both),
    ).toMatchObject({ to: 'registered' });
  });

  it('lets a returns clerk who is also a technician test', () => {
    const both = { userId: me, roles: ['returns_clerk', 'technician'] as Role[] };
    expect(checkReturnTransition({ status: 'taken_back' }, 'test', both)).toMatchObject({
      to: 'tested',
    });
  });
});

describe('allowedReturnActions', () => {
  it('lists the moves a user may make now', () => {
    const tested = { status: 'tested' as const };
    expect(allowedReturnActions(tested, { userId: me, roles: ['technician'] }).sort()).toEqual([
      'finish_in_house',
      'hand_over',
      'request_approval',
      'test',
    ]);
    expect(
      allowedReturnActions(
        { ...tested, approvalNeeded: true },
        {
          userId: me,
          roles: ['technician'],
        },
      ).sort(),
    ).toEqual(['request_approval', 'test']);
    expect(allowedReturnActions(tested, { userId: me, roles: ['returns_clerk'] })).toEqual([
      'finish_in_house',
    ]);
    expect(
      allowedReturnActions({ status: 'shipped' }, { userId: me, roles: ['returns_clerk'] }).sort(),
    ).toEqual(['confirm_arrival', 'receive_back']);
    expect(
      allowedReturnActions({ status: 'returned' }, { userId: me, roles: ['service_manager'] }),
    ).toEqual([]);
    expect(allowedReturnActions({ status: 'at_vendor' }, { userId: me, roles: ['admin'] })).toEqual(
      [],
    );
  });
});
