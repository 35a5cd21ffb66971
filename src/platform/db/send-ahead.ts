import type pg from 'pg';

/** Statements waiting to go out with a connection's next query (or with each of its queries). */
interface Ahead {
  statements: readonly string[];
  everyQuery: boolean;
}
const aheadOf = new WeakMap<pg.ClientBase, Ahead>();

/**
 * Sends `statements` in the round trip of the client's next query instead of in one of their
 * own; with `everyQuery`, in the round trip of every query, until `forgetAhead`.
 */
export function sendAhead(
  client: pg.ClientBase,
  statements: readonly string[],
  everyQuery = false,
): void {
  aheadOf.set(client, { statements, everyQuery });
}

/** The statements to send with this query, taken off the client unless they go with every one. */
export function takeAhead(client: pg.ClientBase): Ahead | undefined {
  const ahead = aheadOf.get(client);
  if (ahead && !ahead.everyQuery) aheadOf.delete(client);
  return ahead;
}

/** Drops what was waiting; true when something was, i.e. no query has taken it. */
export function forgetAhead(client: pg.ClientBase): boolean {
  return aheadOf.delete(client);
}
