import { useCallback, useRef } from 'react';
import { newIdempotencyKey } from './newIdempotencyKey';

/**
 * One Idempotency-Key per submission: resending the same body (after a lost answer or an error)
 * reuses the key, so the server creates one record, not two; a changed body gets a new key.
 * Call `done()` after success so the next, new submission gets its own key.
 */
export function useIdempotencyKey() {
  const attempt = useRef<{ body: string; key: string } | null>(null);
  const keyFor = useCallback((body: unknown) => {
    const json = JSON.stringify(body);
    if (attempt.current?.body !== json) attempt.current = { body: json, key: newIdempotencyKey() };
    return attempt.current.key;
  }, []);
  const done = useCallback(() => {
    attempt.current = null;
  }, []);
  return { keyFor, done };
}
