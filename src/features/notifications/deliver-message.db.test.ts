import { createHmac } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { createJobRunner, enqueueJob, jobs, type JobRunner } from '../../platform/jobs';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { testDatabaseForFile } from '../../../tests/support/file-setup';
import { updateUser } from '../accounts';
import { DELIVER_JOB } from './deliver-job';
import type { Notice } from './notification-events';
import type { UpdateNotificationSettingsInput } from './notification.schemas';
import { notificationJobHandlers } from './notification-job-handlers';
import {
  type LocalSmtpServer,
  readMail,
  saveNotificationSettings,
  SMTP_LOGIN,
  startSmtpServer,
  startWebhookReceiver,
  type WebhookReceiver,
} from './notifications.test-support';
import { deliveryAttempts, outboxMessages } from './notifications.table';
import { notify } from './notify';

let t: TestTenant;
let runner: JobRunner;
let smtp: LocalSmtpServer;
let receiver: WebhookReceiver;
const clock = manualClock('2026-11-28T02:00:00Z');
const SIGNING_TIME = 1_764_295_200_000;
const file = testDatabaseForFile({
  setUp: async ({ db }) => {
    smtp = await startSmtpServer();
    receiver = await startWebhookReceiver();
    t = await createTestTenant(db, clock);
    await inTenant(db, t.tenantId, (tx) =>
      updateUser(tx, t.admin, t.dispatcher.user.id, { email: 'desk@example.com' }),
    );
    runner = createJobRunner({
      db,
      clock,
      handlers: notificationJobHandlers(db, { clock, signingTime: () => SIGNING_TIME }),
      backoffMs: () => 60_000,
    });
  },
});
const db = () => file.db;
afterAll(async () => {
  await runner?.stop();
  await smtp?.close();
  await receiver?.close();
});
beforeEach(() => {
  smtp.mails.length = 0;
  receiver.hits.length = 0;
});

const saveSettings = (changes: Partial<UpdateNotificationSettingsInput>) =>
  saveNotificationSettings(db(), t, changes);
const robots = () => ({
  wecomEnabled: true,
  wecomWebhookUrl: `${receiver.url}/cgi-bin/webhook/send?key=wecom-key`,
  dingtalkEnabled: true,
  dingtalkWebhookUrl: `${receiver.url}/robot/send?access_token=ding-token`,
  dingtalkSecret: 'SEC-ding-secret',
  robotEvents: ['sla.breached' as const],
});

const breach = (number: string): Notice<'sla.breached'> => ({
  event: 'sla.breached',
  params: { number, kind: 'completion', dueAt: '2026-11-28T09:00:00.000Z' },
  to: { roles: ['dispatcher'] },
  link: '/work-orders/00000000-0000-4000-8000-000000000042',
});
const notifyNow = (notice: Notice) =>
  inTenant(db(), t.tenantId, (tx) => notify(tx, t.tenantId, clock, notice));

const messagesOf = (event: string, number: string) =>
  inTenant(db(), t.tenantId, async (tx) => {
    const rows = await tx
      .select()
      .from(outboxMessages)
      .where(and(eq(outboxMessages.tenantId, t.tenantId), eq(outboxMessages.event, event)));
    return rows.filter((m) => m.subject.includes(number));
  });
const attemptsOf = (messageId: string) =>
  inTenant(db(), t.tenantId, (tx) =>
    tx
      .select()
      .from(deliveryAttempts)
      .where(eq(deliveryAttempts.messageId, messageId))
      .orderBy(asc(deliveryAttempts.attempt)),
  );

describe('e-mail delivery', () => {
  it('sends through the tenant SMTP server with its login, and records the attempt', async () => {
    await saveSettings(smtp.settings('售后服务 <service@example.com>', SMTP_LOGIN));
    await notifyNow(breach('WO-20261128-0101'));
    expect(smtp.mails).toEqual([]); // nothing leaves before the runner delivers
    await runner.runDue();

    expect(smtp.mails).toHaveLength(1);
    expect(smtp.mails[0]!.to).toEqual(['desk@example.com']);
    expect(smtp.mails[0]!.user).toBe('mailer');
    const { subject, text } = readMail(smtp.mails[0]!.raw);
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0101');
    expect(subject).toBe(message!.subject);
    expect(subject).toContain('WO-20261128-0101');
    expect(text).toBe(message!.body);
    expect(text).toContain('工单 WO-20261128-0101 的完成时限 2026-11-28 17:00 已过');

    expect(message).toMatchObject({ state: 'sent', attempts: 1, sentAt: clock.now() });
    const attempts = await attemptsOf(message!.id);
    expect(attempts).toMatchObject([{ attempt: 1, ok: true, error: null, at: clock.now() }]);
    expect(attempts[0]!.response).toMatch(/^250/);
  });

  it('records a refused login as a failed attempt and retries later', async () => {
    await saveSettings(
      smtp.settings('service@example.com', { ...SMTP_LOGIN, smtpPassword: 'wrong' }),
    );
    await notifyNow(breach('WO-20261128-0102'));
    await runner.runDue();
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0102');
    expect(smtp.mails).toEqual([]);
    expect(message).toMatchObject({ state: 'pending', attempts: 1, sentAt: null });
    const [attempt] = await attemptsOf(message!.id);
    expect(attempt).toMatchObject({ attempt: 1, ok: false, response: null });
    expect(attempt!.error).toMatch(/Invalid username or password/);

    // Fixed in the settings (the password is kept when left out): the retry goes through.
    await saveSettings(smtp.settings('service@example.com', SMTP_LOGIN));
    clock.advance(60_000);
    await runner.runDue();
    expect(smtp.mails.map((m) => m.to)).toEqual([['desk@example.com']]);
    expect((await attemptsOf(message!.id)).map((a) => a.ok)).toEqual([false, true]);
    await saveSettings({});
  });
});

describe('group robots', () => {
  it('posts 企业微信 and 钉钉 markdown, signing 钉钉 with its secret', async () => {
    await saveSettings(robots());
    await notifyNow(breach('WO-20261128-0201'));
    await runner.runDue();

    const wecom = receiver.hits.find((h) => h.path === '/cgi-bin/webhook/send')!;
    expect(wecom.query.get('key')).toBe('wecom-key');
    expect(Object.keys(wecom.body.markdown)).toEqual(['content']);
    expect(wecom.body.msgtype).toBe('markdown');
    expect(wecom.body.markdown.content).toContain('WO-20261128-0201');
    expect(wecom.body.markdown.content).toContain(
      '/work-orders/00000000-0000-4000-8000-000000000042',
    );

    const ding = receiver.hits.find((h) => h.path === '/robot/send')!;
    expect(ding.body.msgtype).toBe('markdown');
    expect(Object.keys(ding.body.markdown).sort()).toEqual(['text', 'title']);
    expect(ding.body.markdown.title).toContain('WO-20261128-0201');
    expect(ding.body.markdown.text).toContain('WO-20261128-0201');
    expect(ding.query.get('access_token')).toBe('ding-token');
    expect(ding.query.get('timestamp')).toBe(String(SIGNING_TIME));
    const expected = createHmac('sha256', 'SEC-ding-secret')
      .update(`${SIGNING_TIME}\nSEC-ding-secret`)
      .digest('base64');
    expect(ding.query.get('sign')).toBe(expected);

    const messages = await messagesOf('sla.breached', 'WO-20261128-0201');
    expect(messages.map((m) => [m.channel, m.state]).sort()).toEqual([
      ['dingtalk', 'sent'],
      ['wecom', 'sent'],
    ]);
  });

  it('retries a 500 and an errcode ≠ 0 after the backoff: two attempts, sent once', async () => {
    await saveSettings(robots());
    receiver.scripted['/cgi-bin/webhook/send'] = [{ status: 500, body: { error: 'busy' } }];
    receiver.scripted['/robot/send'] = [
      { status: 200, body: { errcode: 310000, errmsg: 'sign not match' } },
    ];
    await notifyNow(breach('WO-20261128-0202'));
    await runner.runDue();

    let messages = await messagesOf('sla.breached', 'WO-20261128-0202');
    expect(messages.map((m) => [m.state, m.attempts])).toEqual([
      ['pending', 1],
      ['pending', 1],
    ]);
    const errors = await Promise.all(messages.map(async (m) => (await attemptsOf(m.id))[0]!.error));
    expect(errors.sort()).toEqual([
      'HTTP 200 {"errcode":310000,"errmsg":"sign not match"}',
      'HTTP 500 {"error":"busy"}',
    ]);

    await runner.runDue(); // not before the backoff
    expect(receiver.hits).toHaveLength(2);
    clock.advance(60_000);
    await runner.runDue();
    expect(receiver.hits).toHaveLength(4);

    messages = await messagesOf('sla.breached', 'WO-20261128-0202');
    for (const message of messages) {
      expect(message).toMatchObject({ state: 'sent', attempts: 2, sentAt: clock.now() });
      expect((await attemptsOf(message.id)).map((a) => [a.attempt, a.ok])).toEqual([
        [1, false],
        [2, true],
      ]);
    }

    // A delivery job run again for a sent message (a runner that died before finishing it)
    // sends nothing more.
    await inTenant(db(), t.tenantId, (tx) =>
      enqueueJob(tx, {
        tenantId: t.tenantId,
        kind: DELIVER_JOB,
        runAt: clock.now(),
        payload: { messageId: messages[0]!.id },
      }),
    );
    await runner.runDue();
    expect(receiver.hits).toHaveLength(4);
  });

  it('gives a message up as failed after the job’s last attempt', async () => {
    await saveSettings({ ...robots(), dingtalkEnabled: false });
    receiver.scripted['/cgi-bin/webhook/send'] = Array.from({ length: 8 }, () => ({
      status: 502,
      body: {},
    }));
    await notifyNow(breach('WO-20261128-0203'));
    for (let i = 0; i < 8; i++) {
      await runner.runDue();
      clock.advance(60_000);
    }
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0203');
    expect(message).toMatchObject({ state: 'failed', attempts: 8, sentAt: null });
    expect(await attemptsOf(message!.id)).toHaveLength(8);
    const deliveries = await db().select().from(jobs).where(eq(jobs.kind, DELIVER_JOB));
    expect(deliveries.filter((j) => j.payload.messageId === message!.id)).toMatchObject([
      { state: 'failed', attempts: 8, lastError: 'HTTP 502 {}' },
    ]);
    expect(receiver.hits).toHaveLength(8);
  });

  it('fails a message at once, without retrying, when its channel is no longer configured', async () => {
    await saveSettings(smtp.settings('service@example.com'));
    await notifyNow(breach('WO-20261128-0204'));
    await saveSettings({});
    await runner.runDue();
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0204');
    expect(message).toMatchObject({ state: 'failed', attempts: 1 });
    expect(await attemptsOf(message!.id)).toMatchObject([
      { ok: false, error: 'SMTP is not configured' },
    ]);
    expect(smtp.mails).toEqual([]);
  });
});
