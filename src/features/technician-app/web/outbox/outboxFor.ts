import type { QueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../../web/api/apiRequest';
import { newIdempotencyKey } from '../../../../web/api/newIdempotencyKey';
import { createOutbox, type Outbox } from './createOutbox';
import { indexedDbDraftStore } from './indexedDbDraftStore';

const outboxes = new Map<string, Outbox>();
const store = indexedDbDraftStore();

/**
 * One outbox per signed-in user for the life of the page, shared by every screen, so one send
 * loop runs however many components watch it.
 */
export function outboxFor(userId: string, queryClient: QueryClient): Outbox {
  let outbox = outboxes.get(userId);
  if (!outbox) {
    outbox = createOutbox({
      userId,
      store,
      send: (draft) =>
        apiRequest(draft.path, {
          method: draft.method,
          body: draft.body,
          headers: { 'Idempotency-Key': draft.idempotencyKey },
        }),
      isOnline: () => navigator.onLine,
      newId: newIdempotencyKey,
      now: () => new Date(),
      onSent: (draft) => {
        void queryClient.invalidateQueries({ queryKey: ['workOrder', draft.workOrderId] });
        void queryClient.invalidateQueries({ queryKey: ['workOrders'] });
        // A part added or removed left or went back into the van.
        if (draft.kind === 'addPart' || draft.kind === 'removePart')
          void queryClient.invalidateQueries({ queryKey: ['inventory'] });
      },
    });
    outboxes.set(userId, outbox);
  }
  return outbox;
}
