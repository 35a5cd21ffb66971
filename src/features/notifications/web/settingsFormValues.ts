import type { NotificationEvent } from '../notification-events';
import type {
  NotificationSettingsView,
  UpdateNotificationSettingsInput,
} from '../notification.schemas';

/** The settings form: the view without the "is set" flags, with the secrets to type. */
export interface SettingsFormValues {
  emailEnabled: boolean;
  smtpHost?: string | null;
  smtpPort?: number | null;
  smtpSecure: boolean;
  smtpUser?: string | null;
  smtpPassword?: string;
  smtpFrom?: string | null;
  wecomEnabled: boolean;
  wecomWebhookUrl?: string | null;
  dingtalkEnabled: boolean;
  dingtalkWebhookUrl?: string | null;
  dingtalkSecret?: string;
  robotEvents: NotificationEvent[];
}

/** Secrets the admin chose to clear (typing a new one replaces it; blank keeps it). */
export interface SecretClears {
  smtpPassword: boolean;
  dingtalkSecret: boolean;
}

export function toFormValues(view: NotificationSettingsView): SettingsFormValues {
  const {
    smtpPasswordSet: _p,
    dingtalkSecretSet: _s,
    version: _v,
    updatedAt: _u,
    ...fields
  } = view;
  return { ...fields, smtpPassword: '', dingtalkSecret: '' };
}

const text = (value: string | null | undefined) => value?.trim() || null;

/** A secret: typed → the new one; cleared → null; otherwise left out, so it stays. */
function secret(typed: string | undefined, isCleared: boolean): string | null | undefined {
  if (typed?.trim()) return typed.trim();
  return isCleared ? null : undefined;
}

export function toSettingsBody(
  values: SettingsFormValues,
  version: number,
  clears: SecretClears,
): UpdateNotificationSettingsInput {
  const body: UpdateNotificationSettingsInput = {
    version,
    emailEnabled: values.emailEnabled,
    smtpHost: text(values.smtpHost),
    smtpPort: values.smtpPort ?? null,
    smtpSecure: values.smtpSecure,
    smtpUser: text(values.smtpUser),
    smtpFrom: text(values.smtpFrom),
    wecomEnabled: values.wecomEnabled,
    wecomWebhookUrl: text(values.wecomWebhookUrl),
    dingtalkEnabled: values.dingtalkEnabled,
    dingtalkWebhookUrl: text(values.dingtalkWebhookUrl),
    robotEvents: values.robotEvents,
  };
  const password = secret(values.smtpPassword, clears.smtpPassword);
  if (password !== undefined) body.smtpPassword = password;
  const dingtalkSecret = secret(values.dingtalkSecret, clears.dingtalkSecret);
  if (dingtalkSecret !== undefined) body.dingtalkSecret = dingtalkSecret;
  return body;
}
