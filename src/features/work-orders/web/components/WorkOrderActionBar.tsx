import { Button, Flex, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import type { WorkOrderDetail } from '../../work-order.schemas';
import type { WorkOrderAction } from '../../work-order.states';
import { workOrdersApi } from '../api/workOrdersApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { AssignModal } from './AssignModal';

/** Only the actions the server lists in `allowedActions`; the server stays the judge of who may. */
export function WorkOrderActionBar({ order }: { order: WorkOrderDetail }) {
  const { t } = useTranslation();
  const isPhone = !Grid.useBreakpoint().sm;
  const [open, setOpen] = useState<WorkOrderAction | null>(null);
  const close = useWorkOrderAction(
    order.id,
    (resolution: string) => workOrdersApi.close(order.id, { resolution }),
    t('workOrderActions.closed'),
  );
  const cancel = useWorkOrderAction(
    order.id,
    (reason: string) => workOrdersApi.cancel(order.id, { reason }),
    t('workOrderActions.cancelled'),
  );
  if (order.allowedActions.length === 0) return null;
  const onClose = () => setOpen(null);
  return (
    <>
      <Flex gap={8} vertical={isPhone} wrap>
        {order.allowedActions.map((action) => (
          <Button
            key={action}
            size="large"
            block={isPhone}
            type={action === 'close' || action === 'assign' ? 'primary' : 'default'}
            danger={action === 'cancel'}
            onClick={() => setOpen(action)}
            data-testid={`action-${action}`}
          >
            {t(`workOrderActions.${action}`)}
          </Button>
        ))}
      </Flex>
      <AssignModal
        order={order}
        isReassign={open === 'reassign'}
        open={open === 'assign' || open === 'reassign'}
        onClose={onClose}
      />
      <TextPromptModal
        open={open === 'close'}
        title={t('workOrderActions.closeTitle')}
        label={t('workOrderActions.resolution')}
        placeholder={t('workOrderActions.resolutionPlaceholder')}
        name="resolution"
        maxLength={4000}
        okText={t('workOrderActions.close')}
        isSubmitting={close.isPending}
        onSubmit={(resolution) => close.mutateAsync(resolution)}
        onClose={onClose}
      />
      <TextPromptModal
        open={open === 'cancel'}
        title={t('workOrderActions.cancelTitle')}
        label={t('workOrderActions.reason')}
        name="reason"
        maxLength={500}
        okText={t('workOrderActions.cancel')}
        isDanger
        isSubmitting={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync(reason)}
        onClose={onClose}
      />
    </>
  );
}
