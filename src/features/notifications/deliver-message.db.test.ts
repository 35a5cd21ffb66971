import { createHmac } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, asc, eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTenant } from '../../platform/db';
import { createJobRunner, enqueueJob, jobs, type JobRunner } from '../../platform/jobs';
import { createTestTenant, manualClock, type TestTenant } from '../../../tests/support/factories';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database';
import { updateUser } from '../accounts';
import { DELIVER_JOB } from './deliver-job';
import type { Notice } from './notification-events';
import {
  type UpdateNotificationSettingsInput,
  updateNotificationSettingsBody,
} from './notification.schemas';
import { loadNotificationSettings } from './notification-settings';
import { notificationJobHandlers } from './notification-job-handlers';
import { deliveryAttempts, outboxMessages } from './notifications.table';
import { notify } from './notify';
import { updateNotificationSettings } from './update-notification-settings';

let tdb: TestDatabase;
let t: TestTenant;
let runner: JobRunner;
const clock = manualClock('2026-11-28T02:00:00Z');
const SIGNING_TIME = 1_764_295_200_000;
const db = () => tdb.database.db;

// ---- a local SMTP server ----------------------------------------------------------------
interface ReceivedMail {
  to: string[];
  user: string | undefined;
  raw: string;
}
const mails: ReceivedMail[] = [];
const smtp = new SMTPServer({
  disabledCommands: ['STARTTLS'],
  allowInsecureAuth: true,
  logger: false,
  onAuth(auth, _session, callback) {
    if (auth.username === 'mailer' && auth.password === 'Sm7p-secret')
      callback(null, { user: auth.username });
    else callback(new Error('Invalid username or password'));
  },
  onData(stream, session, callback) {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => {
      mails.push({
        to: session.envelope.rcptTo.map((r) => r.address),
        user: session.user as string | undefined,
        raw: Buffer.concat(chunks).toString('utf8'),
      });
      callback();
    });
  },
});

/** The subject and text of a simple (single-part) message as nodemailer writes it. */
function readMail(raw: string): { subject: string; text: string } {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const header = (name: string) =>
    new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  const subject = header('Subject').replace(
    /=\?utf-8\?([BQ])\?([^?]*)\?=\s*/gi,
    (_, kind: string, data: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : decodeQuotedPrintable(data.replace(/_/g, ' ')),
  );
  const encoding = header('Content-Transfer-Encoding').toLowerCase();
  const text =
    encoding === 'base64'
      ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : encoding === 'quoted-printable'
        ? decodeQuotedPrintable(body)
        : body;
  return { subject, text: text.replace(/\r\n/g, '\n').trimEnd() };
}
function decodeQuotedPrintable(text: string): string {
  const bytes = text
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

// ---- a local webhook receiver -----------------------------------------------------------
interface Hit {
  path: string;
  query: URLSearchParams;
  body: { msgtype: string; markdown: Record<string, string> };
}
const hits: Hit[] = [];
/** Replies to give, in order, per path prefix; then 200 {errcode: 0}. */
const scripted: Record<string, { status: number; body: object }[]> = {};
const receiver: Server = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const url = new URL(request.url!, 'http://receiver');
    hits.push({
      path: url.pathname,
      query: url.searchParams,
      body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Hit['body'],
    });
    const reply = scripted[url.pathname]?.shift() ?? {
      status: 200,
      body: { errcode: 0, errmsg: 'ok' },
    };
    response.writeHead(reply.status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(reply.body));
  });
});
let receiverUrl = '';

// ---- the tenant's settings ---------------------------------------------------------------
const OFF: UpdateNotificationSettingsInput = {
  version: 0,
  emailEnabled: false,
  smtpHost: null,
  smtpPort: null,
  smtpSecure: false,
  smtpUser: null,
  smtpFrom: null,
  wecomEnabled: false,
  wecomWebhookUrl: null,
  dingtalkEnabled: false,
  dingtalkWebhookUrl: null,
  robotEvents: [],
};
async function saveSettings(changes: Partial<UpdateNotificationSettingsInput>) {
  await inTenant(db(), t.tenantId, async (tx) => {
    const { version } = await loadNotificationSettings(tx, t.tenantId);
    const body = updateNotificationSettingsBody.parse({ ...OFF, ...changes, version });
    await updateNotificationSettings(tx, t.admin, body);
  });
}
const robots = () => ({
  wecomEnabled: true,
  wecomWebhookUrl: `${receiverUrl}/cgi-bin/webhook/send?key=wecom-key`,
  dingtalkEnabled: true,
  dingtalkWebhookUrl: `${receiverUrl}/robot/send?access_token=ding-token`,
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

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  tdb = await openTestDatabase();
  t = await createTestTenant(db(), clock);
  await inTenant(db(), t.tenantId, (tx) =>
    updateUser(tx, t.admin, t.dispatcher.user.id, { email: 'desk@example.com' }),
  );
  runner = createJobRunner({
    db: db(),
    clock,
    handlers: notificationJobHandlers(db(), { clock, signingTime: () => SIGNING_TIME }),
    backoffMs: () => 60_000,
  });
});
afterAll(async () => {
  await runner?.stop();
  await tdb?.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  mails.length = 0;
  hits.length = 0;
});

describe('e-mail delivery', () => {
  it('sends through the tenant SMTP server with its login, and records the attempt', async () => {
    const port = (smtp.server.address() as AddressInfo).port;
    await saveSettings({
      emailEnabled: true,
      smtpHost: '127.0.0.1',
      smtpPort: port,
      smtpUser: 'mailer',
      smtpPassword: 'Sm7p-secret',
      smtpFrom: '售后服务 <service@example.com>',
    });
    await notifyNow(breach('WO-20261128-0101'));
    expect(mails).toEqual([]); // nothing leaves before the runner delivers
    await runner.runDue();

    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['desk@example.com']);
    expect(mails[0]!.user).toBe('mailer');
    const { subject, text } = readMail(mails[0]!.raw);
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
    const port = (smtp.server.address() as AddressInfo).port;
    await saveSettings({
      emailEnabled: true,
      smtpHost: '127.0.0.1',
      smtpPort: port,
      smtpUser: 'mailer',
      smtpPassword: 'wrong',
      smtpFrom: 'service@example.com',
    });
    await notifyNow(breach('WO-20261128-0102'));
    await runner.runDue();
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0102');
    expect(mails).toEqual([]);
    expect(message).toMatchObject({ state: 'pending', attempts: 1, sentAt: null });
    const [attempt] = await attemptsOf(message!.id);
    expect(attempt).toMatchObject({ attempt: 1, ok: false, response: null });
    expect(attempt!.error).toMatch(/Invalid username or password/);

    // Fixed in the settings (the password is kept when left out): the retry goes through.
    await saveSettings({
      emailEnabled: true,
      smtpHost: '127.0.0.1',
      smtpPort: port,
      smtpUser: 'mailer',
      smtpPassword: 'Sm7p-secret',
      smtpFrom: 'service@example.com',
    });
    clock.advance(60_000);
    await runner.runDue();
    expect(mails.map((m) => m.to)).toEqual([['desk@example.com']]);
    expect((await attemptsOf(message!.id)).map((a) => a.ok)).toEqual([false, true]);
    await saveSettings({});
  });
});

describe('group robots', () => {
  it('posts 企业微信 and 钉钉 markdown, signing 钉钉 with its secret', async () => {
    await saveSettings(robots());
    await notifyNow(breach('WO-20261128-0201'));
    await runner.runDue();

    const wecom = hits.find((h) => h.path === '/cgi-bin/webhook/send')!;
    expect(wecom.query.get('key')).toBe('wecom-key');
    expect(Object.keys(wecom.body.markdown)).toEqual(['content']);
    expect(wecom.body.msgtype).toBe('markdown');
    expect(wecom.body.markdown.content).toContain('WO-20261128-0201');
    expect(wecom.body.markdown.content).toContain(
      '/work-orders/00000000-0000-4000-8000-000000000042',
    );

    const ding = hits.find((h) => h.path === '/robot/send')!;
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
    scripted['/cgi-bin/webhook/send'] = [{ status: 500, body: { error: 'busy' } }];
    scripted['/robot/send'] = [
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
    expect(hits).toHaveLength(2);
    clock.advance(60_000);
    await runner.runDue();
    expect(hits).toHaveLength(4);

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
    expect(hits).toHaveLength(4);
  });

  it('gives a message up as failed after the job’s last attempt', async () => {
    await saveSettings({ ...robots(), dingtalkEnabled: false });
    scripted['/cgi-bin/webhook/send'] = Array.from({ length: 8 }, () => ({
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
    expect(hits).toHaveLength(8);
  });

  it('fails a message at once, without retrying, when its channel is no longer configured', async () => {
    const port = (smtp.server.address() as AddressInfo).port;
    await saveSettings({
      emailEnabled: true,
      smtpHost: '127.0.0.1',
      smtpPort: port,
      smtpFrom: 'service@example.com',
    });
    await notifyNow(breach('WO-20261128-0204'));
    await saveSettings({});
    await runner.runDue();
    const [message] = await messagesOf('sla.breached', 'WO-20261128-0204');
    expect(message).toMatchObject({ state: 'failed', attempts: 1 });
    expect(await attemptsOf(message!.id)).toMatchObject([
      { ok: false, error: 'SMTP is not configured' },
    ]);
    expect(mails).toEqual([]);
  });
});
