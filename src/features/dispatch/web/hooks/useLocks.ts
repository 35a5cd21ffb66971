import { useState } from 'react';
import type { BoardView } from '../../dispatch.schemas';

/**
 * Jobs the dispatcher locked to their technician. The plan request lists them in route order;
 * a lock on a job no longer on a technician's row is dropped.
 */
export function useLocks(board: BoardView | undefined) {
  const [locked, setLocked] = useState<ReadonlySet<string>>(new Set());
  const toggle = (workOrderId: string) =>
    setLocked((current) => {
      const next = new Set(current);
      if (!next.delete(workOrderId)) next.add(workOrderId);
      return next;
    });
  const locks = (board?.technicians ?? []).flatMap((technician) =>
    technician.jobs
      .filter((job) => locked.has(job.workOrderId))
      .map((job) => ({ workOrderId: job.workOrderId, technicianId: technician.id })),
  );
  return { locked, toggle, locks };
}
