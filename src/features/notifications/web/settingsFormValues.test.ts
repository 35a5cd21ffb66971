import { describe, expect, it } from 'vitest';
import { updateNotificationSettingsBody } from '../notification.schemas';
import { toFormValues, toSettingsBody } from './settingsFormValues';

const view = {
  emailEnabled: true,
  smtpHost: 'smtp.example.com',
  smtpPort: 465,
  smtpSecure: true,
  smtpUser: 'mailer',
  smtpPasswordSet: true,
  smtpFrom: 'service@example.com',
  wecomEnabled: false,
  wecomWebhookUrl: null,
  dingtalkEnabled: true,
  dingtalkWebhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=x',
  dingtalkSecretSet: true,
  robotEvents: ['sla.breached' as const],
  version: 4,
  updatedAt: '2026-11-28T02:00:00.000Z',
};
const none = { smtpPassword: false, dingtalkSecret: false };

describe('settings form values', () => {
  it('round-trips a view into a body the server accepts, leaving the secrets out', () => {
    const body = toSettingsBody(toFormValues(view), view.version, none);
    expect(body).not.toHaveProperty('smtpPassword');
    expect(body).not.toHaveProperty('dingtalkSecret');
    expect(body).toMatchObject({
      version: 4,
      smtpHost: 'smtp.example.com',
      robotEvents: ['sla.breached'],
    });
    expect(updateNotificationSettingsBody.safeParse(body).success).toBe(true);
  });

  it('sends a typed secret, null for a cleared one, and blanks as null', () => {
    const values = {
      ...toFormValues(view),
      smtpPassword: ' new-pass ',
      smtpUser: '  ',
      wecomWebhookUrl: '',
    };
    const body = toSettingsBody(values, 4, { smtpPassword: false, dingtalkSecret: true });
    expect(body).toMatchObject({
      smtpPassword: 'new-pass',
      dingtalkSecret: null,
      smtpUser: null,
      wecomWebhookUrl: null,
    });
  });
});
