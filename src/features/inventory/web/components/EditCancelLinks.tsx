import { Button } from 'antd';
import { useTranslation } from 'react-i18next';

/** The edit and cancel links of a live record's row (records are cancelled, never deleted). */
export function EditCancelLinks({
  onEdit,
  onCancel,
}: {
  onEdit: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Button type="link" size="small" onClick={onEdit}>
        {t('common.edit')}
      </Button>
      <Button type="link" size="small" danger onClick={onCancel}>
        {t('inventory.cancel')}
      </Button>
    </>
  );
}
