import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { type Db, inTenant } from '../../platform/db';
import type { TestTenant } from '../../../tests/support/factories';
import {
  type UpdateNotificationSettingsInput,
  updateNotificationSettingsBody,
} from './notification.schemas';
import { loadNotificationSettings } from './notification-settings';
import { updateNotificationSettings } from './update-notification-settings';

// ---- the tenant's settings ---------------------------------------------------------------

/** Every channel off: what the tests' settings start from. */
export const CHANNELS_OFF: UpdateNotificationSettingsInput = {
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

/** Saves the tenant's settings as the admin: all channels off but `changes`. */
export async function saveNotificationSettings(
  db: Db,
  t: TestTenant,
  changes: Partial<UpdateNotificationSettingsInput>,
) {
  await inTenant(db, t.tenantId, async (tx) => {
    const { version } = await loadNotificationSettings(tx, t.tenantId);
    const body = updateNotificationSettingsBody.parse({ ...CHANNELS_OFF, ...changes, version });
    await updateNotificationSettings(tx, t.admin, body);
  });
}

// ---- a local SMTP server ----------------------------------------------------------------

/** The login the local SMTP server takes. */
export const SMTP_LOGIN = { smtpUser: 'mailer', smtpPassword: 'Sm7p-secret' };

export interface ReceivedMail {
  to: string[];
  user: string | undefined;
  raw: string;
}

export interface LocalSmtpServer {
  /** Every mail received, oldest first; the test empties it when it likes. */
  readonly mails: ReceivedMail[];
  /** E-mail on through this server, from `from`, with the login given (none: no login). */
  settings(
    from: string,
    login?: { smtpUser: string; smtpPassword: string },
  ): Partial<UpdateNotificationSettingsInput>;
  close(): Promise<void>;
}

/** An SMTP server on 127.0.0.1 (a free port) that takes `SMTP_LOGIN` and keeps what it gets. */
export async function startSmtpServer(): Promise<LocalSmtpServer> {
  const mails: ReceivedMail[] = [];
  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === SMTP_LOGIN.smtpUser && auth.password === SMTP_LOGIN.smtpPassword)
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
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    mails,
    settings: (from, login) => ({
      emailEnabled: true,
      smtpHost: '127.0.0.1',
      smtpPort: port,
      smtpFrom: from,
      ...login,
    }),
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
  };
}

/** The subject and text of a simple (single-part) message as nodemailer writes it. */
export function readMail(raw: string): { subject: string; text: string } {
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

export interface WebhookHit {
  path: string;
  query: URLSearchParams;
  body: { msgtype: string; markdown: Record<string, string> };
}

export interface WebhookReceiver {
  /** Its address, `http://127.0.0.1:port`, without a path. */
  readonly url: string;
  /** Every request received, oldest first; the test empties it when it likes. */
  readonly hits: WebhookHit[];
  /** Replies to give, in order, per path; then 200 {errcode: 0}. */
  readonly scripted: Record<string, { status: number; body: object }[]>;
  close(): Promise<void>;
}

/** An HTTP server on 127.0.0.1 (a free port) that answers as the group robots do. */
export async function startWebhookReceiver(): Promise<WebhookReceiver> {
  const hits: WebhookHit[] = [];
  const scripted: WebhookReceiver['scripted'] = {};
  const receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url!, 'http://receiver');
      hits.push({
        path: url.pathname,
        query: url.searchParams,
        body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as WebhookHit['body'],
      });
      const reply = scripted[url.pathname]?.shift() ?? {
        status: 200,
        body: { errcode: 0, errmsg: 'ok' },
      };
      response.writeHead(reply.status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(reply.body));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
    hits,
    scripted,
    close: () => new Promise<void>((resolve) => receiver.close(() => resolve())),
  };
}
