import { createHmac } from 'node:crypto';
import type { MessageText } from './notice-text.rules';

/** Markdown keeps a plain line break only after a blank line; give each line its own paragraph. */
const paragraphs = (body: string) =>
  body
    .split('\n')
    .filter((line) => line.trim() !== '')
    .join('\n\n');

/** 企业微信 group robot: a markdown message. */
export function wecomPayload(message: MessageText) {
  return {
    msgtype: 'markdown',
    markdown: { content: `**${message.subject}**\n\n${paragraphs(message.body)}` },
  };
}

/** 钉钉 group robot: a markdown message (the title shows in the chat list). */
export function dingtalkPayload(message: MessageText) {
  return {
    msgtype: 'markdown',
    markdown: {
      title: message.subject,
      text: `#### ${message.subject}\n\n${paragraphs(message.body)}`,
    },
  };
}

/** 钉钉 加签: base64 HMAC-SHA256, keyed by the secret, of "timestamp\nsecret". */
export function dingtalkSign(timestampMs: number, secret: string): string {
  return createHmac('sha256', secret).update(`${timestampMs}\n${secret}`).digest('base64');
}

/** The webhook URL with `timestamp` and the URL-encoded `sign` added, as 钉钉 expects. */
export function signedDingtalkUrl(webhookUrl: string, timestampMs: number, secret: string): string {
  const url = new URL(webhookUrl);
  url.searchParams.set('timestamp', String(timestampMs));
  url.searchParams.set('sign', dingtalkSign(timestampMs, secret));
  return url.toString();
}

/**
 * A robot's URL as lists show it: the query's values (access_token, key) hidden, since the
 * URL alone lets anyone post to the group.
 */
export function maskWebhookUrl(webhookUrl: string): string {
  try {
    const url = new URL(webhookUrl);
    const keys = [...url.searchParams.keys()];
    return keys.length === 0
      ? url.toString()
      : `${url.origin}${url.pathname}?${keys.map((key) => `${key}=…`).join('&')}`;
  } catch {
    return '…';
  }
}
