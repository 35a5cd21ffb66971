import type { ErrorEntry } from './error-entry';

/** Notification channels: e-mail and the group robots. */
export const NOTIFICATION_ERRORS = {
  SMTP_NOT_CONFIGURED: {
    status: 422,
    zh: '邮件通知须先填写 SMTP 服务器、端口和发件人',
    en: 'E-mail needs the SMTP server, port and sender first',
  },
  WECOM_WEBHOOK_MISSING: {
    status: 422,
    zh: '企业微信机器人须先填写 Webhook 地址',
    en: 'The WeCom robot needs its webhook URL first',
  },
  DINGTALK_WEBHOOK_MISSING: {
    status: 422,
    zh: '钉钉机器人须先填写 Webhook 地址',
    en: 'The DingTalk robot needs its webhook URL first',
  },
  NOTIFICATION_NO_EMAIL: {
    status: 422,
    zh: '您的账号没有邮箱地址，请填写测试邮件的收件地址',
    en: 'Your account has no e-mail address; enter one to send the test to',
  },
} as const satisfies Record<string, ErrorEntry>;
