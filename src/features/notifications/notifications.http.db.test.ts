import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { testAppForFile } from '../../../tests/support/file-setup';
import { signInAs } from '../../../tests/support/sign-in';
import { auditEvents } from '../audit';
import type { Notice } from './notification-events';
import type {
  NotificationsPage,
  NotificationSettingsView,
  OutboxPage,
} from './notification.schemas';
import { notificationSettings } from './notifications.table';
import { notify } from './notify';

let a: TestTenant;
let b: TestTenant;
const cookies: Record<string, string> = {};
const clock = manualClock('2026-11-28T02:00:00Z');
const db = () => file.db;

const call = (
  who: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH',
  url: string,
  payload?: object,
  lang = 'zh-CN',
) =>
  file.app.inject({
    method,
    url,
    payload,
    headers: { cookie: cookies[who] ?? '', 'accept-language': lang },
  });

const assigned = (number: string, userId: string): Notice<'workOrder.assigned'> => ({
  event: 'workOrder.assigned',
  params: { number, customer: '人民医院' },
  to: { userIds: [userId] },
  link: `/work-orders/${number}`,
});

const file = testAppForFile(clock, async ({ db, app }) => {
  a = await createTestTenant(db, clock, 'Tenant A');
  b = await createTestTenant(db, clock, 'Tenant B');
  for (const role of ['admin', 'dispatcher', 'technician'] as const)
    cookies[role] = await signInAs(app, a.usernames[role]);
  cookies.otherTenant = await signInAs(app, b.usernames.dispatcher);
  for (const number of ['WO-1', 'WO-2', 'WO-3']) {
    clock.advance(60_000);
    await inTenant(db, a.tenantId, (tx) =>
      notify(tx, a.tenantId, clock, assigned(number, a.dispatcher.user.id)),
    );
  }
  await inTenant(db, a.tenantId, (tx) =>
    notify(tx, a.tenantId, clock, assigned('WO-9', a.technician.user.id)),
  );
});

const myNotifications = async (who: string, query = '') => {
  const response = await call(who, 'GET', `/api/notifications${query}`);
  expect(response.statusCode).toBe(200);
  return response.json<NotificationsPage>();
};

describe('my notifications', () => {
  it('lists only the signed-in user’s own, newest first, paged, with the unread count', async () => {
    const page = await myNotifications('dispatcher', '?pageSize=2');
    expect(page.total).toBe(3);
    expect(page.unread).toBe(3);
    expect(page.items.map((n) => n.params.number)).toEqual(['WO-3', 'WO-2']);
    expect(page.items[0]).toMatchObject({
      event: 'workOrder.assigned',
      params: { number: 'WO-3', customer: '人民医院' },
      link: '/work-orders/WO-3',
      readAt: null,
    });
    expect((await myNotifications('dispatcher', '?page=2&pageSize=2')).items).toHaveLength(1);
    expect((await myNotifications('technician')).items.map((n) => n.params.number)).toEqual([
      'WO-9',
    ]);
    expect(await myNotifications('otherTenant')).toEqual({ items: [], total: 0, unread: 0 });
  });

  it('needs a session', async () => {
    const response = await file.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(response.statusCode).toBe(401);
  });

  it('refuses to read or mark another user’s notification: 404, nothing changes', async () => {
    const [mine] = (await myNotifications('dispatcher')).items;
    for (const who of ['technician', 'admin', 'otherTenant']) {
      const response = await call(who, 'POST', `/api/notifications/${mine!.id}/read`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'NOT_FOUND' });
    }
    expect((await myNotifications('dispatcher')).unread).toBe(3);
    const missing = await call(
      'dispatcher',
      'POST',
      `/api/notifications/${crypto.randomUUID()}/read`,
    );
    expect(missing.statusCode).toBe(404);
  });

  it('marks one read, then all, and filters the unread', async () => {
    const [newest] = (await myNotifications('dispatcher')).items;
    clock.advance(1000);
    expect(
      (await call('dispatcher', 'POST', `/api/notifications/${newest!.id}/read`)).statusCode,
    ).toBe(204);
    expect(
      (await call('dispatcher', 'POST', `/api/notifications/${newest!.id}/read`)).statusCode,
    ).toBe(204);
    const after = await myNotifications('dispatcher');
    expect(after.unread).toBe(2);
    expect(after.items[0]!.readAt).toBe(clock.now().toISOString());
    expect(
      (await myNotifications('dispatcher', '?unreadOnly=true')).items.map((n) => n.params.number),
    ).toEqual(['WO-2', 'WO-1']);

    const all = await call('dispatcher', 'POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ updated: 2 });
    expect((await myNotifications('dispatcher')).unread).toBe(0);
    expect((await myNotifications('technician')).unread).toBe(1); // someone else's stay unread
  });
});

const SETTINGS = {
  emailEnabled: true,
  smtpHost: 'smtp.example.com',
  smtpPort: 465,
  smtpSecure: true,
  smtpUser: 'mailer',
  smtpPassword: 'Smtp-Pa55word',
  smtpFrom: '售后服务 <service@example.com>',
  wecomEnabled: true,
  wecomWebhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=wecom-key-123',
  dingtalkEnabled: false,
  dingtalkWebhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=ding-token-456',
  dingtalkSecret: 'SEC-dingtalk-secret',
  robotEvents: ['sla.warning', 'sla.breached'],
};
const SECRETS = ['Smtp-Pa55word', 'SEC-dingtalk-secret'];

describe('notification settings', () => {
  it('need notifications.manage', async () => {
    for (const who of ['dispatcher', 'technician']) {
      expect((await call(who, 'GET', '/api/notification-settings')).statusCode).toBe(403);
      expect(
        (await call(who, 'PUT', '/api/notification-settings', { ...SETTINGS, version: 0 }))
          .statusCode,
      ).toBe(403);
      expect(
        (await call(who, 'POST', '/api/notification-settings/test', { channel: 'wecom' }))
          .statusCode,
      ).toBe(403);
      expect((await call(who, 'GET', '/api/outbox')).statusCode).toBe(403);
    }
  });

  it('start off, and never return the secrets — only whether they are set', async () => {
    const empty = await call('admin', 'GET', '/api/notification-settings');
    expect(empty.json()).toMatchObject({
      version: 0,
      emailEnabled: false,
      smtpPasswordSet: false,
      dingtalkSecretSet: false,
      robotEvents: [],
      updatedAt: null,
    });

    const saved = await call('admin', 'PUT', '/api/notification-settings', {
      ...SETTINGS,
      version: 0,
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 1,
      smtpHost: 'smtp.example.com',
      smtpPasswordSet: true,
      dingtalkSecretSet: true,
      robotEvents: ['sla.warning', 'sla.breached'],
    });
    const read = await call('admin', 'GET', '/api/notification-settings');
    for (const response of [saved, read]) {
      for (const secret of SECRETS) expect(response.body).not.toContain(secret);
      expect(Object.keys(response.json())).not.toContain('smtpPassword');
      expect(Object.keys(response.json())).not.toContain('dingtalkSecret');
    }

    // The audit trail keeps the change, and not the secrets either.
    const audit = await inTenant(db(), a.tenantId, (tx) =>
      tx.select().from(auditEvents).where(eq(auditEvents.action, 'notificationSettings.update')),
    );
    expect(audit).toHaveLength(1);
    for (const secret of SECRETS) expect(JSON.stringify(audit)).not.toContain(secret);
  });

  it('keeps a secret left out, clears one sent as null, and refuses a stale version', async () => {
    const { smtpPassword: _p, dingtalkSecret: _s, ...withoutSecrets } = SETTINGS;
    const kept = await call('admin', 'PUT', '/api/notification-settings', {
      ...withoutSecrets,
      smtpHost: 'smtp2.example.com',
      version: 1,
    });
    expect(kept.json()).toMatchObject({
      version: 2,
      smtpHost: 'smtp2.example.com',
      smtpPasswordSet: true,
      dingtalkSecretSet: true,
    });
    const [row] = await inTenant(db(), a.tenantId, (tx) =>
      tx.select().from(notificationSettings).where(eq(notificationSettings.tenantId, a.tenantId)),
    );
    expect([row!.smtpPassword, row!.dingtalkSecret]).toEqual(SECRETS);

    const cleared = await call('admin', 'PUT', '/api/notification-settings', {
      ...withoutSecrets,
      dingtalkSecret: null,
      version: 2,
    });
    expect(cleared.json()).toMatchObject({
      version: 3,
      smtpPasswordSet: true,
      dingtalkSecretSet: false,
    });

    const stale = await call('admin', 'PUT', '/api/notification-settings', {
      ...withoutSecrets,
      version: 2,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'CONFLICT' });
  });

  it('accepts only http(s) webhook URLs, and a channel switched on needs its address', async () => {
    for (const url of ['ftp://example.com/hook', 'javascript:alert(1)', 'not a url']) {
      const response = await call(
        'admin',
        'PUT',
        '/api/notification-settings',
        { ...SETTINGS, wecomWebhookUrl: url, version: 3 },
        'en',
      );
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: [
          {
            path: 'body.wecomWebhookUrl',
            message: '须为 http(s):// 开头的网址 / Must be an http(s) URL',
          },
        ],
      });
    }
    const missing = await call('admin', 'PUT', '/api/notification-settings', {
      ...SETTINGS,
      dingtalkEnabled: true,
      dingtalkWebhookUrl: '',
      version: 3,
    });
    expect(missing.statusCode).toBe(422);
    expect(missing.json()).toEqual({
      code: 'DINGTALK_WEBHOOK_MISSING',
      message: '钉钉机器人须先填写 Webhook 地址',
    });
    const noSmtp = await call(
      'admin',
      'PUT',
      '/api/notification-settings',
      { ...SETTINGS, smtpHost: null, version: 3 },
      'en',
    );
    expect(noSmtp.json()).toEqual({
      code: 'SMTP_NOT_CONFIGURED',
      message: 'E-mail needs the SMTP server, port and sender first',
    });
  });
});

describe('send test and the outbox', () => {
  it('puts a test message in the outbox, listed with its attempts and next try', async () => {
    const sent = await call('admin', 'POST', '/api/notification-settings/test', {
      channel: 'wecom',
    });
    expect(sent.statusCode).toBe(202);
    expect(sent.json()).toMatchObject({
      channel: 'wecom',
      event: 'test',
      recipient: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
      state: 'pending',
      attempts: 0,
      attemptLog: [],
      nextAttemptAt: clock.now().toISOString(),
    });
    expect(sent.json<{ subject: string }>().subject).toContain('Tenant A');
    expect(sent.body).not.toContain('wecom-key-123');

    const outbox = await call('admin', 'GET', '/api/outbox?state=pending');
    const page = outbox.json<OutboxPage>();
    expect(page.items.map((m) => m.id)).toContain(sent.json<{ id: string }>().id);
    expect(outbox.body).not.toContain('wecom-key-123');
    expect((await call('admin', 'GET', '/api/outbox?state=sent')).json()).toEqual({
      items: [],
      total: 0,
    });
    expect((await call('otherTenant', 'GET', '/api/outbox')).statusCode).toBe(403);
  });

  it('sends a test e-mail to the address given, or says the admin has none', async () => {
    const none = await call('admin', 'POST', '/api/notification-settings/test', {
      channel: 'email',
    });
    expect(none.statusCode).toBe(422);
    expect(none.json()).toMatchObject({ code: 'NOTIFICATION_NO_EMAIL' });
    const given = await call('admin', 'POST', '/api/notification-settings/test', {
      channel: 'email',
      to: 'it@example.com',
    });
    expect(given.json()).toMatchObject({ channel: 'email', recipient: 'it@example.com' });
    const bad = await call('admin', 'POST', '/api/notification-settings/test', {
      channel: 'email',
      to: 'nope',
    });
    expect(bad.statusCode).toBe(400);
  });

  it('refuses a test of a robot that has no address', async () => {
    const current = (
      await call('admin', 'GET', '/api/notification-settings')
    ).json<NotificationSettingsView>();
    await call('admin', 'PUT', '/api/notification-settings', {
      ...SETTINGS,
      dingtalkWebhookUrl: null,
      version: current.version,
    });
    const response = await call('admin', 'POST', '/api/notification-settings/test', {
      channel: 'dingtalk',
    });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'DINGTALK_WEBHOOK_MISSING' });
  });
});

describe('a user’s e-mail address', () => {
  it('is optional, validated, kept and cleared through the user admin', async () => {
    const bad = await call('admin', 'POST', '/api/users', {
      username: `mail-${a.suffix}`,
      displayName: '有邮箱',
      roles: ['dispatcher'],
      password: 'Test@2026pw',
      email: 'not-an-address',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ details: [{ path: 'body.email' }] });

    const created = await call('admin', 'POST', '/api/users', {
      username: `mail-${a.suffix}`,
      displayName: '有邮箱',
      roles: ['dispatcher'],
      password: 'Test@2026pw',
      email: ' desk2@example.com ',
    });
    expect(created.statusCode).toBe(201);
    const user = created.json<{ id: string; email: string | null }>();
    expect(user.email).toBe('desk2@example.com');
    const cleared = await call('admin', 'PATCH', `/api/users/${user.id}`, { email: null });
    expect(cleared.json()).toMatchObject({ email: null });
  });
});
