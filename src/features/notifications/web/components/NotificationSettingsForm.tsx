import {
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Form,
  Input,
  InputNumber,
  Row,
  Switch,
  Typography,
} from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../web/api/ApiError';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import { NOTIFICATION_EVENTS } from '../../notification-events';
import type { NotificationSettingsView } from '../../notification.schemas';
import { useSaveNotificationSettings } from '../hooks/useNotificationSettings';
import { eventName } from '../noticeText';
import {
  type SecretClears,
  type SettingsFormValues,
  toFormValues,
  toSettingsBody,
} from '../settingsFormValues';
import { RobotCard } from './RobotCard';
import { SecretField } from './SecretField';
import { SendTestButton } from './SendTestButton';

const NO_CLEARS: SecretClears = { smtpPassword: false, dingtalkSecret: false };

/** SMTP, the two group robots and the events they take; a test button per channel. */
export function NotificationSettingsForm({
  view,
  onConflict,
}: {
  view: NotificationSettingsView;
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<SettingsFormValues>();
  const [clears, setClears] = useState<SecretClears>(NO_CLEARS);
  const save = useSaveNotificationSettings();
  const emailEnabled = Form.useWatch('emailEnabled', form);
  useEffect(() => {
    form.resetFields();
    form.setFieldsValue(toFormValues(view));
    setClears(NO_CLEARS);
  }, [form, view]);

  const submit = (values: SettingsFormValues) =>
    save.mutate(toSettingsBody(values, view.version, clears), {
      onSuccess: () => void message.success(t('notifications.settings.saved')),
      onError: (error) => {
        if (error instanceof ApiError && error.code === 'CONFLICT') {
          void message.warning(t('notifications.settings.conflict'));
          onConflict();
          return;
        }
        if (!applyFieldErrors(form, error)) showError(error);
      },
    });
  const requiredIf = (isOn: boolean | undefined) => ({
    required: Boolean(isOn),
    message: t('common.required'),
  });
  const max255 = { max: 255, message: t('common.maxLength', { max: 255 }) };
  // What would be saved differs from what is saved: a test would not use what is on screen.
  const isDirty = () =>
    JSON.stringify(toSettingsBody(form.getFieldsValue(true), view.version, clears)) !==
    JSON.stringify(toSettingsBody(toFormValues(view), view.version, NO_CLEARS));

  return (
    <Form name="notification-settings" form={form} layout="vertical" onFinish={submit}>
      <Card size="small" title={t('notifications.settings.email')} style={{ marginBottom: 16 }}>
        <Form.Item
          name="emailEnabled"
          label={t('notifications.settings.emailEnabled')}
          valuePropName="checked"
          extra={t('notifications.settings.emailHint')}
        >
          <Switch />
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={16}>
            <Form.Item
              name="smtpHost"
              label={t('notifications.settings.smtpHost')}
              rules={[requiredIf(emailEnabled), max255]}
            >
              <Input placeholder="smtp.example.com" autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="smtpPort"
              label={t('notifications.settings.smtpPort')}
              rules={[requiredIf(emailEnabled)]}
            >
              <InputNumber
                min={1}
                max={65535}
                precision={0}
                style={{ width: '100%' }}
                placeholder="465"
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="smtpSecure" valuePropName="checked">
          <Checkbox>{t('notifications.settings.smtpSecure')}</Checkbox>
        </Form.Item>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item
              name="smtpUser"
              label={t('notifications.settings.smtpUser')}
              rules={[max255]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <SecretField
              name="smtpPassword"
              label={t('notifications.settings.smtpPassword')}
              isSet={view.smtpPasswordSet}
              isCleared={clears.smtpPassword}
              onClear={() => setClears((c) => ({ ...c, smtpPassword: true }))}
            />
          </Col>
        </Row>
        <Form.Item
          name="smtpFrom"
          label={t('notifications.settings.smtpFrom')}
          extra={t('notifications.settings.smtpFromHint')}
          rules={[requiredIf(emailEnabled), max255]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <SendTestButton channel="email" isBlocked={isDirty} />
      </Card>

      <RobotCard channel="wecom" isBlocked={isDirty} />
      <RobotCard channel="dingtalk" isBlocked={isDirty}>
        <SecretField
          name="dingtalkSecret"
          label={t('notifications.settings.dingtalkSecret')}
          isSet={view.dingtalkSecretSet}
          isCleared={clears.dingtalkSecret}
          onClear={() => setClears((c) => ({ ...c, dingtalkSecret: true }))}
        />
      </RobotCard>

      <Card
        size="small"
        title={t('notifications.settings.robotEvents')}
        style={{ marginBottom: 16 }}
      >
        <Typography.Paragraph type="secondary">
          {t('notifications.settings.robotEventsHint')}
        </Typography.Paragraph>
        <Form.Item name="robotEvents">
          <Checkbox.Group
            options={NOTIFICATION_EVENTS.map((event) => ({
              value: event,
              label: eventName(t, event),
            }))}
          />
        </Form.Item>
      </Card>
      <Button
        type="primary"
        htmlType="submit"
        loading={save.isPending}
        data-testid="save-notification-settings"
      >
        {t('common.save')}
      </Button>
    </Form>
  );
}
