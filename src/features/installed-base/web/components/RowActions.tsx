import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';

/** Edit and cancel links of a live record's row; nothing for a cancelled one. */
export function RowActions({
  isCancelled,
  onEdit,
  onCancel,
}: {
  isCancelled: boolean;
  onEdit: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  if (isCancelled) return null;
  return (
    <Space size={0}>
      <Button type="link" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      {onCancel && (
        <Button type="link" danger onClick={onCancel}>
          {t('installedBase.cancel')}
        </Button>
      )}
    </Space>
  );
}
