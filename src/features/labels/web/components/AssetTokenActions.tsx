import { Button, Popconfirm, Space, Typography, App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { hasPermission } from '../../../accounts/roles';
import { labelsApi } from '../api/labelsApi';
import { useAssetTokenMutation } from '../hooks/useAssetTokenMutation';

/**
 * Re-issue or revoke a device's QR token (labels.manage); renders nothing for other roles.
 * Both make the printed label stop working, so each asks first.
 */
export function AssetTokenActions({ assetId }: { assetId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canManage = hasPermission(useSessionUser().roles, 'labels.manage');
  const [newUrl, setNewUrl] = useState<string>();
  const reissue = useAssetTokenMutation(() => labelsApi.reissueToken(assetId));
  const revoke = useAssetTokenMutation(() => labelsApi.revokeToken(assetId));
  if (!canManage) return null;
  return (
    <Space direction="vertical" size={4}>
      <Space wrap>
        <Popconfirm
          title={t('labels.reissue')}
          description={t('labels.reissueConfirm')}
          onConfirm={() =>
            reissue
              .mutateAsync()
              .then(({ url }) => {
                setNewUrl(url);
                void message.success(t('labels.reissued'));
              })
              // Shown by the mutation's onError.
              .catch(() => undefined)
          }
        >
          <Button loading={reissue.isPending} data-testid="token-reissue">
            {t('labels.reissue')}
          </Button>
        </Popconfirm>
        <Popconfirm
          title={t('labels.revoke')}
          description={t('labels.revokeConfirm')}
          okButtonProps={{ danger: true }}
          onConfirm={() =>
            revoke
              .mutateAsync()
              .then(() => {
                setNewUrl(undefined);
                void message.success(t('labels.revoked'));
              })
              .catch(() => undefined)
          }
        >
          <Button danger loading={revoke.isPending} data-testid="token-revoke">
            {t('labels.revoke')}
          </Button>
        </Popconfirm>
      </Space>
      {newUrl && (
        <Typography.Text copyable={{ text: newUrl }} type="secondary">
          {t('labels.newLink')}: {newUrl}
        </Typography.Text>
      )}
    </Space>
  );
}
