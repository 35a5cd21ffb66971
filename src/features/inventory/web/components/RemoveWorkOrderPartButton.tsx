import { App, Button, Popconfirm } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { newIdempotencyKey } from '../../../../web/api/newIdempotencyKey';
import { useShowError } from '../../../../web/api/useShowError';
import { inventoryApi } from '../api/inventoryApi';
import { useInventoryMutation } from '../hooks/queries';

/** Takes a part off the job before it closes; a part from the van goes back into it. */
export function RemoveWorkOrderPartButton({
  workOrderId,
  part,
}: {
  workOrderId: string;
  part: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const queryClient = useQueryClient();
  const remove = useInventoryMutation(() =>
    inventoryApi.workOrderParts.remove(workOrderId, part.id, newIdempotencyKey()),
  );
  return (
    <Popconfirm
      title={t('inventory.workOrderParts.removeConfirm', { name: part.name })}
      okText={t('inventory.workOrderParts.remove')}
      cancelText={t('common.cancel')}
      onConfirm={() =>
        remove
          .mutateAsync(undefined, {
            onSuccess: () => {
              void queryClient.invalidateQueries({ queryKey: ['workOrder', workOrderId] });
              void message.success(t('inventory.workOrderParts.removed'));
            },
            onError: showError,
          })
          // The toast already said why; the popover just closes.
          .catch(() => undefined)
      }
    >
      <Button type="link" size="small" danger loading={remove.isPending}>
        {t('inventory.workOrderParts.remove')}
      </Button>
    </Popconfirm>
  );
}
