import { Alert, Button, Card, Checkbox, Form, Input, type UploadFile } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../../web/api/ApiError';
import { errorText } from '../../../../web/api/errorText';
import { PublicApiError, type ReportInput } from '../api/publicReportApi';
import { PhotoPicker } from './PhotoPicker';
import { PrivacyNotice } from './PrivacyNotice';

interface FormValues {
  fault: string;
  contactName: string;
  contactPhone: string;
  photos?: UploadFile[];
  consent?: boolean;
}

export function ReportForm({
  onSubmit,
  isPending,
  error,
}: {
  onSubmit: (input: ReportInput) => void;
  isPending: boolean;
  error: unknown;
}) {
  const { t } = useTranslation();
  const required = { required: true, whitespace: true, message: t('common.required') };
  return (
    <Card size="small" title={t('publicReport.reportTitle')}>
      {error !== null && error !== undefined && (
        <Alert
          type={error instanceof ApiError && error.status === 429 ? 'warning' : 'error'}
          showIcon
          style={{ marginBottom: 12 }}
          title={submitErrorText(error, t)}
        />
      )}
      <Form<FormValues>
        name="public-report"
        layout="vertical"
        requiredMark={false}
        onFinish={(values) =>
          onSubmit({
            fault: values.fault.trim(),
            contactName: values.contactName.trim(),
            contactPhone: values.contactPhone.trim(),
            consent: values.consent === true,
            photos: (values.photos ?? []).flatMap((f) =>
              f.originFileObj ? [f.originFileObj] : [],
            ),
          })
        }
      >
        <Form.Item name="fault" label={t('publicReport.fault')} rules={[required]}>
          <Input.TextArea
            rows={4}
            maxLength={1000}
            showCount
            placeholder={t('publicReport.faultPlaceholder')}
          />
        </Form.Item>
        <Form.Item name="contactName" label={t('publicReport.contactName')} rules={[required]}>
          <Input maxLength={50} autoComplete="name" />
        </Form.Item>
        <Form.Item
          name="contactPhone"
          label={t('publicReport.contactPhone')}
          rules={[required, { pattern: /^[0-9+\-() ]{3,32}$/, message: t('common.phoneInvalid') }]}
        >
          <Input type="tel" inputMode="tel" maxLength={32} autoComplete="tel" />
        </Form.Item>
        <Form.Item
          name="photos"
          label={t('publicReport.photos')}
          extra={t('publicReport.photosHint')}
          valuePropName="value"
        >
          <PhotoPicker />
        </Form.Item>
        <PrivacyNotice />
        <Form.Item
          name="consent"
          valuePropName="checked"
          style={{ marginTop: 12 }}
          rules={[
            {
              validator: (_, checked) =>
                checked
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('publicReport.consentRequired'))),
            },
          ]}
        >
          <Checkbox>{t('publicReport.consent')}</Checkbox>
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={isPending}>
          {t('publicReport.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function submitErrorText(error: unknown, t: Parameters<typeof errorText>[1]): string {
  if (error instanceof ApiError && error.status === 429) {
    const seconds = error instanceof PublicApiError ? (error.retryAfterSeconds ?? 60) : 60;
    return t('publicReport.rateLimited', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
  }
  return errorText(error, t);
}
