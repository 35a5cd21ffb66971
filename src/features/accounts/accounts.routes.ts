import { z } from 'zod';
import type { Clock } from '../../platform/clock';
import type { Db } from '../../platform/db';
import type { App } from '../../platform/http/app-types';
import {
  changePasswordBody,
  createUserBody,
  disableUserBody,
  listUsersQuery,
  loginBody,
  passwordPolicyBody,
  passwordPolicyView,
  resetPasswordBody,
  sessionUser,
  updateUserBody,
  userView,
} from './account.schemas';
import { SESSION_COOKIE } from './auth.hook';
import { changePassword } from './change-password';
import { createUser } from './create-user';
import { inTenantOf } from './in-tenant-of';
import { listUsers } from './list-users';
import { login } from './login';
import { logout } from './logout';
import { resetPassword } from './reset-password';
import { setUserDisabled } from './set-user-disabled';
import { sessionIdOf } from './session-token';
import { tenantPasswordPolicy } from './tenant-password-policy';
import { updatePasswordPolicy } from './update-password-policy';
import { updateUser } from './update-user';

export interface AccountRoutesDeps {
  db: Db;
  clock: Clock;
  cookie: { secure: boolean; maxAgeSeconds: number };
}

const idParams = z.object({ id: z.uuid() });
const tags = ['accounts'];

export function registerAccountRoutes(app: App, { db, clock, cookie }: AccountRoutesDeps): void {
  app.post(
    '/api/auth/login',
    { schema: { tags, body: loginBody, response: { 200: sessionUser } }, config: { public: true } },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { token, user } = await login(
        db,
        {
          ...request.body,
          sourceIp: request.ip,
          userAgent: request.headers['user-agent'] ?? null,
          previousSessionId: previous ? sessionIdOf(previous) : undefined,
        },
        clock,
      );
      reply.setCookie(SESSION_COOKIE, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: cookie.secure,
        maxAge: cookie.maxAgeSeconds,
      });
      return user;
    },
  );
  app.post(
    '/api/auth/logout',
    { schema: { tags }, config: { signedIn: true } },
    async (request, reply) => {
      await logout(db, request.ctx);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/auth/me',
    { schema: { tags, response: { 200: sessionUser } }, config: { signedIn: true } },
    async (request) => {
      const { ctx } = request;
      return { ...ctx.user, tenantId: ctx.tenantId, tenantName: ctx.tenantName };
    },
  );
  app.post(
    '/api/auth/password',
    { schema: { tags, body: changePasswordBody }, config: { signedIn: true } },
    async (request, reply) => {
      await inTenantOf(db, request, (tx, ctx) => changePassword(tx, ctx, request.body));
      return reply.status(204).send();
    },
  );
  app.get(
    '/api/auth/password-policy',
    { schema: { tags, response: { 200: passwordPolicyView } }, config: { signedIn: true } },
    (request) => inTenantOf(db, request, (tx, ctx) => tenantPasswordPolicy(tx, ctx.tenantId)),
  );

  const admin = { permission: 'users.manage' as const };
  app.get(
    '/api/users',
    {
      schema: {
        tags,
        querystring: listUsersQuery,
        response: { 200: z.object({ items: z.array(userView), total: z.number() }) },
      },
      config: admin,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => listUsers(tx, ctx, request.query)),
  );
  app.post(
    '/api/users',
    { schema: { tags, body: createUserBody, response: { 201: userView } }, config: admin },
    async (request, reply) => {
      const user = await inTenantOf(db, request, (tx, ctx) => createUser(tx, ctx, request.body));
      return reply.status(201).send(user);
    },
  );
  app.patch(
    '/api/users/:id',
    {
      schema: { tags, params: idParams, body: updateUserBody, response: { 200: userView } },
      config: admin,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) => updateUser(tx, ctx, request.params.id, request.body)),
  );
  app.post(
    '/api/users/:id/disable',
    {
      schema: { tags, params: idParams, body: disableUserBody, response: { 200: userView } },
      config: admin,
    },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        setUserDisabled(tx, ctx, request.params.id, {
          disabled: true,
          reason: request.body.reason,
        }),
      ),
  );
  app.post(
    '/api/users/:id/enable',
    { schema: { tags, params: idParams, response: { 200: userView } }, config: admin },
    (request) =>
      inTenantOf(db, request, (tx, ctx) =>
        setUserDisabled(tx, ctx, request.params.id, { disabled: false }),
      ),
  );
  app.post(
    '/api/users/:id/reset-password',
    { schema: { tags, params: idParams, body: resetPasswordBody }, config: admin },
    async (request, reply) => {
      await inTenantOf(db, request, (tx, ctx) =>
        resetPassword(tx, ctx, request.params.id, request.body.newPassword),
      );
      return reply.status(204).send();
    },
  );
  app.put(
    '/api/auth/password-policy',
    {
      schema: { tags, body: passwordPolicyBody, response: { 200: passwordPolicyView } },
      config: admin,
    },
    (request) => inTenantOf(db, request, (tx, ctx) => updatePasswordPolicy(tx, ctx, request.body)),
  );
}
