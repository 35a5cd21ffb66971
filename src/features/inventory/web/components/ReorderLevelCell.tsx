import { App, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useShowError } from '../../../../web/api/useShowError';
import type { StockRow } from '../../inventory.schemas';
import { inventoryApi } from '../api/inventoryApi';
import { useInventoryMutation } from '../hooks/queries';
import { parseReorderLevel } from '../lib/reorderLevel';

/** 再订货点, edited in place by the warehouse keeper. */
export function ReorderLevelCell({ row, canEdit }: { row: StockRow; canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const save = useInventoryMutation((reorderLevel: number | null) =>
    inventoryApi.stock.reorderLevel({
      warehouseId: row.warehouse.id,
      partId: row.part.id,
      reorderLevel,
    }),
  );
  const shown = row.reorderLevel === null ? '' : String(row.reorderLevel);
  if (!canEdit) return <>{shown || '—'}</>;
  return (
    <Typography.Text
      data-testid="reorder-level"
      editable={{
        text: shown,
        tooltip: t('inventory.stock.editReorderLevel'),
        onChange: (text) => {
          const level = parseReorderLevel(text);
          if (level === 'invalid') {
            void message.error(t('inventory.stock.reorderLevelInvalid'));
            return;
          }
          if (level === row.reorderLevel) return;
          save.mutate(level, {
            onSuccess: () => void message.success(t('common.saved')),
            onError: showError,
          });
        },
      }}
    >
      {shown || '—'}
    </Typography.Text>
  );
}
