import { LinkOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Typography } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyFieldErrors } from '../../../../web/api/applyFieldErrors';
import { useShowError } from '../../../../web/api/useShowError';
import type { CommitmentsView } from '../../commitments.schemas';
import type { PublicProfileInput } from '../api/commitmentsApi';
import { useSavePublicProfile } from '../hooks/useCommitments';

const CODE = /^[a-z0-9][a-z0-9-]{1,38}[a-z0-9]$/;

/** The code of the public page (/p/c/:code) and the hotline printed on it. */
export function PublicProfileCard({
  profile,
  canManage,
}: {
  profile: CommitmentsView['publicProfile'];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [form] = Form.useForm<PublicProfileInput>();
  const save = useSavePublicProfile();
  useEffect(
    () => form.setFieldsValue({ publicCode: profile.publicCode, hotline: profile.hotline }),
    [form, profile],
  );
  const submit = (v: PublicProfileInput) =>
    save.mutate(
      {
        publicCode: v.publicCode?.trim().toLowerCase() || null,
        hotline: v.hotline?.trim() || null,
      },
      {
        onSuccess: () => void message.success(t('common.saved')),
        onError: (error) => applyFieldErrors(form, error) || showError(error),
      },
    );
  const url = profile.publicCode ? `/p/c/${profile.publicCode}` : null;
  return (
    <Form
      name="public-profile"
      form={form}
      layout="vertical"
      disabled={!canManage}
      onFinish={submit}
      style={{ maxWidth: 480 }}
    >
      <Form.Item
        name="publicCode"
        label={t('commitments.publicCode')}
        extra={t('commitments.publicCodeRule')}
        normalize={(v: string) => v.toLowerCase()}
        rules={[{ pattern: CODE, message: t('commitments.publicCodeRule') }]}
      >
        <Input prefix="/p/c/" autoComplete="off" />
      </Form.Item>
      <Form.Item
        name="hotline"
        label={t('commitments.hotline')}
        rules={[{ max: 40, message: t('common.maxLength', { max: 40 }) }]}
      >
        <Input placeholder="0951-5123456" />
      </Form.Item>
      {url ? (
        <Typography.Paragraph>
          <a href={url} target="_blank" rel="noreferrer">
            <LinkOutlined /> {t('commitments.openPublicPage')} ({url})
          </a>
        </Typography.Paragraph>
      ) : (
        <Typography.Paragraph type="secondary">
          {t('commitments.noPublicPage')}
        </Typography.Paragraph>
      )}
      {canManage && (
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
      )}
    </Form>
  );
}
