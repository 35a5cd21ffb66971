import { createHash } from 'node:crypto';
import type pg from 'pg';

/** Statements one connection keeps prepared; past this, new texts run unnamed as before. */
const MAX_PER_CONNECTION = 400;
/** Names already worked out, by text: hashing every query's text again cost ~1% of the CPU. */
const names = new Map<string, string>();
const MAX_NAMES = 4_000;

function nameOf(text: string): string {
  let name = names.get(text);
  if (name === undefined) {
    name = `q${createHash('sha1').update(text).digest('base64url')}`;
    if (names.size >= MAX_NAMES) names.clear();
    names.set(text, name);
  }
  return name;
}
const PREPARABLE = /^\s*(select|insert|update|with)\b/i;

/**
 * Makes every query Drizzle sends on this connection a named prepared statement, named by a
 * hash of its text: PostgreSQL parses it once per connection and, after a few runs, reuses a
 * generic plan instead of planning every request again (planning was half the database's
 * time on the work-order list). Same text, same name, so a name never means two statements.
 */
export function prepareByText(client: pg.PoolClient): void {
  const original = client.query.bind(client) as (...args: unknown[]) => unknown;
  const named = new Set<string>();
  (client as unknown as { query: (...args: unknown[]) => unknown }).query = (
    ...args: unknown[]
  ) => {
    const [config] = args;
    if (
      config &&
      typeof config === 'object' &&
      'text' in config &&
      !(config as { name?: string }).name
    ) {
      const text = (config as { text: string }).text;
      if (text.length < 8_000 && PREPARABLE.test(text)) {
        const name = nameOf(text);
        if (named.has(name) || named.size < MAX_PER_CONNECTION) {
          named.add(name);
          return original({ ...config, name }, ...args.slice(1));
        }
      }
    }
    return original(...args);
  };
}
