import type { RepairReturnView } from '../../repair-return.schemas';
import { useReturnAction } from '../hooks/useReturnAction';

/**
 * A dialog's send: runs one step of the return and tells `doneText` when it went through.
 * Rejects with the server's error, so the dialog keeps what was typed and shows why.
 */
export function useStep(rr: RepairReturnView) {
  const action = useReturnAction(rr.id);
  return (run: () => Promise<RepairReturnView>, doneText: string) =>
    action.mutateAsync({ run, doneText });
}
