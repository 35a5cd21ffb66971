import nodemailer from 'nodemailer';
import type { MessageText } from './notice-text.rules';
import type { NotificationSettings } from './notification-settings';

const TIMEOUT_MS = 10_000;

/** Sends one e-mail over the tenant's SMTP server; answers the server's reply, throws on refusal. */
export async function sendEmail(
  settings: NotificationSettings,
  to: string,
  message: MessageText,
): Promise<string> {
  const transport = nodemailer.createTransport({
    host: settings.smtpHost!,
    port: settings.smtpPort!,
    secure: settings.smtpSecure,
    auth: settings.smtpUser
      ? { user: settings.smtpUser, pass: settings.smtpPassword ?? '' }
      : undefined,
    connectionTimeout: TIMEOUT_MS,
    greetingTimeout: TIMEOUT_MS,
    socketTimeout: TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({
      from: settings.smtpFrom!,
      to,
      subject: message.subject,
      text: message.body,
    });
    if (info.rejected.length > 0) throw new Error(`rejected: ${info.response}`);
    return info.response;
  } finally {
    transport.close();
  }
}
