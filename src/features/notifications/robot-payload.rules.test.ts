import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  dingtalkPayload,
  maskWebhookUrl,
  signedDingtalkUrl,
  wecomPayload,
} from './robot-payload.rules';

const message = { subject: '工单 WO-1 已超时 / WO-1 late', body: '第一行\n第二行\n\n英文 line' };

describe('robot payloads', () => {
  it('has the shapes 企业微信 and 钉钉 expect, each line its own paragraph', () => {
    expect(wecomPayload(message)).toEqual({
      msgtype: 'markdown',
      markdown: { content: '**工单 WO-1 已超时 / WO-1 late**\n\n第一行\n\n第二行\n\n英文 line' },
    });
    expect(dingtalkPayload(message)).toEqual({
      msgtype: 'markdown',
      markdown: {
        title: '工单 WO-1 已超时 / WO-1 late',
        text: '#### 工单 WO-1 已超时 / WO-1 late\n\n第一行\n\n第二行\n\n英文 line',
      },
    });
  });
});

describe('signedDingtalkUrl', () => {
  it('keeps the token and adds a timestamp and a sign that verifies, whatever the secret', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.nat(), (secret, timestamp) => {
        const signed = new URL(
          signedDingtalkUrl(
            'https://oapi.dingtalk.com/robot/send?access_token=abc',
            timestamp,
            secret,
          ),
        );
        expect(signed.searchParams.get('access_token')).toBe('abc');
        expect(signed.searchParams.get('timestamp')).toBe(String(timestamp));
        const expected = createHmac('sha256', secret)
          .update(`${timestamp}\n${secret}`)
          .digest('base64');
        expect(signed.searchParams.get('sign')).toBe(expected);
        // URL-encoded on the wire: base64's + / = never appear raw in the query.
        expect(signed.search.split('sign=')[1]).not.toMatch(/[+/=]/);
      }),
    );
  });
});

describe('maskWebhookUrl', () => {
  it('never shows a query value', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[A-Za-z0-9_-]{6,40}$/), (token) => {
        const masked = maskWebhookUrl(
          `https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=${token}`,
        );
        expect(masked).toBe('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…');
      }),
    );
    expect(maskWebhookUrl('not a url')).toBe('…');
  });
});
