import { useContext, useSyncExternalStore } from 'react';
import type { Outbox } from './createOutbox';
import { OutboxContext } from './outboxContext';
import type { StepDraft } from './stepDraft';

/** The outbox and its drafts, re-rendering on every change. */
export function useOutbox(): { outbox: Outbox; drafts: readonly StepDraft[] } {
  const outbox = useContext(OutboxContext);
  if (!outbox) throw new Error('useOutbox outside OutboxProvider');
  const drafts = useSyncExternalStore(outbox.subscribe, outbox.drafts);
  return { outbox, drafts };
}

const subscribeOnline = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

export function useIsOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine);
}
