import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import {
  createTestTenant,
  manualClock,
  PASSWORD,
  type TestTenant,
} from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { authenticateSession } from './authenticate-session';
import { changePassword } from './change-password';
import { createUser } from './create-user';
import { listUsers } from './list-users';
import { login } from './login';
import { resetPassword } from './reset-password';
import { setUserDisabled } from './set-user-disabled';

let tdb: TestDatabase;
let t: TestTenant;
const clock = manualClock();
const policy = { idleMinutes: 30, absoluteHours: 12 };
const db = () => tdb.database.db;
const code = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: unknown) => (e instanceof AppError ? e.code : String(e)),
  );
const signIn = (username: string, password = PASSWORD, previousSessionId?: string) =>
  login(
    db(),
    { username, password, sourceIp: '10.0.0.1', userAgent: 'test', previousSessionId },
    clock,
  );

beforeAll(async () => {
  tdb = await openTestDatabase();
  t = await createTestTenant(db(), clock);
});
afterAll(() => tdb?.close());

describe('login and sessions', () => {
  it('signs in with the right password (username in any case) and authenticates the session', async () => {
    const { token, user } = await signIn(t.usernames.dispatcher.toUpperCase());
    expect(user).toMatchObject({
      username: t.usernames.dispatcher,
      roles: ['dispatcher'],
      tenantId: t.tenantId,
    });
    const ctx = await authenticateSession(db(), token, policy, clock, '10.0.0.1');
    expect(ctx).toMatchObject({ tenantId: t.tenantId, user: { id: t.dispatcher.user.id } });
  });

  it('refuses a wrong password and an unknown user with the same error', async () => {
    expect(await code(signIn(t.usernames.technician2, 'Wrong@2026'))).toBe('INVALID_CREDENTIALS');
    expect(await code(signIn('nobody-at-all'))).toBe('INVALID_CREDENTIALS');
  });

  it('issues a new session id at every login and revokes the one the browser had', async () => {
    const first = await signIn(t.usernames.technician);
    const { sessionIdOf } = await import('./session-token');
    const second = await signIn(t.usernames.technician, PASSWORD, sessionIdOf(first.token));
    expect(second.token).not.toBe(first.token);
    expect(await code(authenticateSession(db(), first.token, policy, clock, null))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await code(authenticateSession(db(), second.token, policy, clock, null))).toBe('ok');
  });

  it('expires sessions after 30 idle minutes and after 12 hours', async () => {
    const { token } = await signIn(t.usernames.technician);
    clock.advance(29 * 60_000);
    expect(await code(authenticateSession(db(), token, policy, clock, null))).toBe('ok');
    clock.advance(31 * 60_000);
    expect(await code(authenticateSession(db(), token, policy, clock, null))).toBe(
      'SESSION_EXPIRED',
    );

    // Used every 20 minutes: never idle, but the 12-hour limit still ends the session.
    const busy = await signIn(t.usernames.technician);
    for (let step = 1; step < 36; step++) {
      clock.advance(20 * 60_000);
      expect(await code(authenticateSession(db(), busy.token, policy, clock, null))).toBe('ok');
    }
    clock.advance(20 * 60_000);
    expect(await code(authenticateSession(db(), busy.token, policy, clock, null))).toBe(
      'SESSION_EXPIRED',
    );
  });

  it('locks an account after 5 failures in 15 minutes, even for the right password, until a reset', async () => {
    const username = t.usernames.technician2;
    for (let i = 0; i < 5; i++)
      expect(await code(signIn(username, 'Wrong@2026'))).toBe('INVALID_CREDENTIALS');
    expect(await code(signIn(username))).toBe('ACCOUNT_LOCKED');
    clock.advance(16 * 60_000);
    expect(await code(signIn(username))).toBe('ok');

    for (let i = 0; i < 5; i++) await code(signIn(username, 'Wrong@2026'));
    expect(await code(signIn(username))).toBe('ACCOUNT_LOCKED');
    await inTenant(db(), t.tenantId, (tx) =>
      resetPassword(tx, t.admin, t.technician2.user.id, 'New@2026pw'),
    );
    expect(await code(signIn(username, 'New@2026pw'))).toBe('ok');
  });
});

describe('user administration', () => {
  it('creates users under the password policy, with unique usernames across tenants', async () => {
    const input = {
      username: `nurse-${t.suffix}`,
      displayName: '新用户',
      roles: ['office' as const],
      password: 'weakpass',
    };
    const weak = await code(inTenant(db(), t.tenantId, (tx) => createUser(tx, t.admin, input)));
    expect(weak).toBe('WEAK_PASSWORD');
    await inTenant(db(), t.tenantId, (tx) =>
      createUser(tx, t.admin, { ...input, password: 'Strong#2026' }),
    );
    const other = await createTestTenant(db(), clock, 'Other');
    const taken = await code(
      inTenant(db(), other.tenantId, (tx) =>
        createUser(tx, other.admin, { ...input, password: 'Strong#2026' }),
      ),
    );
    expect(taken).toBe('USERNAME_TAKEN');
    const list = await inTenant(db(), other.tenantId, (tx) =>
      listUsers(tx, other.admin, { page: 1, pageSize: 100 }),
    );
    expect(list.items.map((u) => u.username)).not.toContain(input.username);
  });

  it('disabling a user ends their sessions and stops logins; enabling restores them', async () => {
    const { token } = await signIn(t.usernames.dispatcher);
    await inTenant(db(), t.tenantId, (tx) =>
      setUserDisabled(tx, t.admin, t.dispatcher.user.id, { disabled: true, reason: '离职' }),
    );
    expect(await code(authenticateSession(db(), token, policy, clock, null))).toBe(
      'UNAUTHENTICATED',
    );
    expect(await code(signIn(t.usernames.dispatcher))).toBe('ACCOUNT_DISABLED');
    expect(
      await code(
        inTenant(db(), t.tenantId, (tx) =>
          setUserDisabled(tx, t.admin, t.admin.user.id, { disabled: true, reason: 'x' }),
        ),
      ),
    ).toBe('CANNOT_DISABLE_SELF');
    await inTenant(db(), t.tenantId, (tx) =>
      setUserDisabled(tx, t.admin, t.dispatcher.user.id, { disabled: false }),
    );
    expect(await code(signIn(t.usernames.dispatcher))).toBe('ok');
  });

  it('applies a stricter tenant password policy to new passwords', async () => {
    const { updatePasswordPolicy } = await import('./update-password-policy');
    await inTenant(db(), t.tenantId, (tx) =>
      updatePasswordPolicy(tx, t.admin, { minLength: 12, minClasses: 4 }),
    );
    const input = {
      username: `strict-${t.suffix}`,
      displayName: '严格',
      roles: ['office' as const],
      password: 'Strong#2026',
    };
    expect(await code(inTenant(db(), t.tenantId, (tx) => createUser(tx, t.admin, input)))).toBe(
      'WEAK_PASSWORD',
    );
    await inTenant(db(), t.tenantId, (tx) =>
      createUser(tx, t.admin, { ...input, password: 'Much$tronger2026' }),
    );
    await inTenant(db(), t.tenantId, (tx) =>
      updatePasswordPolicy(tx, t.admin, { minLength: 8, minClasses: 3 }),
    );
  });

  it('changes the own password only with the current one', async () => {
    const { token } = await signIn(t.usernames.technician);
    const ctx = await authenticateSession(db(), token, policy, clock, null);
    const wrong = code(
      inTenant(db(), t.tenantId, (tx) =>
        changePassword(tx, ctx, { currentPassword: 'nope', newPassword: 'Other#2026' }),
      ),
    );
    expect(await wrong).toBe('WRONG_PASSWORD');
    await inTenant(db(), t.tenantId, (tx) =>
      changePassword(tx, ctx, { currentPassword: PASSWORD, newPassword: 'Other#2026' }),
    );
    expect(await code(signIn(t.usernames.technician, 'Other#2026'))).toBe('ok');
  });
});
