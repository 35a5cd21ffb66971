import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RepairReturnView } from '../../repair-return.schemas';
import type { RepairReturnAction } from '../../repair-return.states';
import { StepDialogs } from './StepDialogs';

/** The moves this page offers; ship and arrival happen on the shipment, the quote with the test. */
const PAGE_ACTIONS: readonly RepairReturnAction[] = [
  'test',
  'approve_quote',
  'decline_quote',
  'hand_over',
  'register',
  'finish_in_house',
  'ship',
  'receive_back',
  'return_to_customer',
];
const PRIMARY: readonly RepairReturnAction[] = [
  'test',
  'approve_quote',
  'hand_over',
  'register',
  'ship',
  'receive_back',
  'return_to_customer',
];
const DANGER: readonly RepairReturnAction[] = ['decline_quote'];

/** Only the actions the server lists in `allowedActions`; the server stays the judge of who may. */
export function ReturnActionBar({ rr }: { rr: RepairReturnView }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [open, setOpen] = useState<RepairReturnAction | null>(null);
  const actions = rr.allowedActions.filter((a) => PAGE_ACTIONS.includes(a));
  if (actions.length === 0) return null;
  const label = (action: RepairReturnAction) =>
    action === 'test' && rr.test
      ? t('repairReturns.action.retest')
      : t(`repairReturns.action.${action}`);
  return (
    <>
      <Flex gap={8} wrap>
        {actions.map((action) => (
          <Button
            key={action}
            type={PRIMARY.includes(action) ? 'primary' : 'default'}
            danger={DANGER.includes(action)}
            onClick={() =>
              action === 'ship'
                ? void navigate(`/shipments?create=${rr.vendor?.id ?? ''}`)
                : setOpen(action)
            }
            data-testid={`return-action-${action}`}
          >
            {label(action)}
          </Button>
        ))}
      </Flex>
      <StepDialogs rr={rr} open={open} onClose={() => setOpen(null)} />
    </>
  );
}
