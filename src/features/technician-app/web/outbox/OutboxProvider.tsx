import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { useSessionUser } from '../../../../web/auth/useSessionUser';
import { OutboxContext } from './outboxContext';
import { outboxFor } from './outboxFor';

const RETRY_MS = 30_000;

/**
 * Runs the outbox while the phone screens are open: it sends what waits when the page loads,
 * when the network comes back, when the app is looked at again, and every half minute while
 * something waits (a phone can claim to be online on a network that goes nowhere).
 */
export function OutboxProvider({ children }: { children: ReactNode }) {
  const user = useSessionUser();
  const queryClient = useQueryClient();
  const outbox = outboxFor(user.id, queryClient);
  useEffect(() => {
    const flush = () => void outbox.flush();
    const onVisible = () => {
      if (document.visibilityState === 'visible') flush();
    };
    void outbox.load().then(flush);
    window.addEventListener('online', flush);
    window.addEventListener('focus', flush);
    document.addEventListener('visibilitychange', onVisible);
    const timer = window.setInterval(() => {
      if (outbox.drafts().some((d) => d.state === 'queued')) flush();
    }, RETRY_MS);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('focus', flush);
      document.removeEventListener('visibilitychange', onVisible);
      window.clearInterval(timer);
    };
  }, [outbox]);
  return <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;
}
