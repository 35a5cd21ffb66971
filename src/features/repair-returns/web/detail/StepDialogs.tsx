import type { RepairReturnView } from '../../repair-return.schemas';
import type { RepairReturnAction } from '../../repair-return.states';
import { ReceiveBackModal, ReturnToCustomerModal } from '../dialogs/BackModals';
import { FinishInHouseModal, HandOverModal, RegisterModal } from '../dialogs/BenchModals';
import { ApproveQuoteModal, DeclineQuoteModal } from '../dialogs/QuoteDecisionModals';
import { TestModal } from '../dialogs/TestModal';

/** The one dialog for the action chosen; each is mounted only while open. */
export function StepDialogs({
  rr,
  open,
  onClose,
}: {
  rr: RepairReturnView;
  open: RepairReturnAction | null;
  onClose: () => void;
}) {
  const props = { rr, onClose };
  return (
    <>
      <TestModal {...props} open={open === 'test'} />
      <ApproveQuoteModal {...props} open={open === 'approve_quote'} />
      <DeclineQuoteModal {...props} open={open === 'decline_quote'} />
      <HandOverModal {...props} open={open === 'hand_over'} />
      <RegisterModal {...props} open={open === 'register'} />
      <FinishInHouseModal {...props} open={open === 'finish_in_house'} />
      <ReceiveBackModal {...props} open={open === 'receive_back'} />
      <ReturnToCustomerModal {...props} open={open === 'return_to_customer'} />
    </>
  );
}
