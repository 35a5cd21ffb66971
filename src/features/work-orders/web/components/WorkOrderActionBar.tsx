import { Button, Flex, Grid } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import type { WorkOrderDetail } from '../../work-order.schemas';
import type { WorkOrderAction } from '../../work-order.states';
import { onSiteApi } from '../api/onSiteApi';
import { workOrdersApi } from '../api/workOrdersApi';
import { useWorkOrderAction } from '../hooks/useWorkOrderAction';
import { AssignModal } from './AssignModal';
import { QuoteDecisionModal } from './QuoteDecisionModal';
import { ScheduleModal } from './ScheduleModal';

/**
 * The moves this page offers. The on-site steps (travel, arrival, outcome, signatures) are the
 * technician's, taken on the phone screens; here the desk books, reassigns, records a customer's
 * answer given by phone, and closes or cancels.
 */
const PAGE_ACTIONS: readonly WorkOrderAction[] = [
  'assign',
  'reassign',
  'schedule',
  'reschedule',
  'approve_quote',
  'decline_quote',
  'repair_anyway',
  'close',
  'cancel',
];
const PRIMARY: readonly WorkOrderAction[] = ['assign', 'schedule', 'close', 'approve_quote'];
const DANGER: readonly WorkOrderAction[] = ['cancel', 'decline_quote'];

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
  const repairAnyway = useWorkOrderAction(
    order.id,
    (note: string) => onSiteApi.repairAnyway(order.id, { note }),
    t('workOrderActions.repairedAnyway'),
  );
  const actions = order.allowedActions.filter((a) => PAGE_ACTIONS.includes(a));
  if (actions.length === 0) return null;
  const onClose = () => setOpen(null);
  return (
    <>
      <Flex gap={8} vertical={isPhone} wrap>
        {actions.map((action) => (
          <Button
            key={action}
            size="large"
            block={isPhone}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
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
      <ScheduleModal
        order={order}
        isReschedule={open === 'reschedule'}
        open={open === 'schedule' || open === 'reschedule'}
        onClose={onClose}
      />
      <QuoteDecisionModal
        order={order}
        isApproval={open === 'approve_quote'}
        open={open === 'approve_quote' || open === 'decline_quote'}
        onClose={onClose}
      />
      <TextPromptModal
        open={open === 'repair_anyway'}
        title={t('workOrderActions.repairAnywayTitle')}
        label={t('workOrderActions.note')}
        name="note"
        maxLength={500}
        okText={t('workOrderActions.repair_anyway')}
        isSubmitting={repairAnyway.isPending}
        onSubmit={(note) => repairAnyway.mutateAsync(note)}
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
