import { createHash } from 'node:crypto';
import type pg from 'pg';
import { type PipelinedConfig, queryWithAhead } from './pg-pipelined-query';
import { takeAhead } from './send-ahead';

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
 * Given as a prepared statement's name (Drizzle's `.prepare(GENERIC_PLAN)`), it asks for
 * PostgreSQL's generic plan in reads, where each query has its own settings ahead of it: the
 * plan is made once per connection instead of at every run. Only for statements whose generic
 * plan is as good as a custom one; inside a transaction it is an ordinary statement.
 */
export const GENERIC_PLAN = 'generic plan';
const FORCE_GENERIC = `SELECT set_config('plan_cache_mode', 'force_generic_plan', true)`;

type Query = (...args: unknown[]) => Promise<unknown>;

const isConfig = (value: unknown): value is PipelinedConfig =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { text?: unknown }).text === 'string';

/**
 * Two things on every query Drizzle sends on this connection:
 * - it becomes a named prepared statement, named by a hash of its text: PostgreSQL parses it
 *   once per connection, and after a few runs reuses a generic plan where that plan is not
 *   worse, or at once where asked (`GENERIC_PLAN`). Same text, same name, so a name never
 *   means two statements;
 * - statements waiting to go ahead of it (`sendAhead`: BEGIN and the tenant setting) go out in
 *   its round trip.
 */
export function patchClientQueries(client: pg.PoolClient): void {
  const original = client.query.bind(client) as Query;
  const named = new Set<string>();
  const nameFor = (config: PipelinedConfig): string | undefined => {
    if (config.name && config.name !== GENERIC_PLAN) return config.name;
    if (config.text.length >= 8_000 || !PREPARABLE.test(config.text)) return undefined;
    const name = nameOf(config.text);
    if (!named.has(name) && named.size >= MAX_PER_CONNECTION) return undefined;
    named.add(name);
    return name;
  };
  (client as unknown as { query: Query }).query = (...args: unknown[]) => {
    const [config] = args;
    if (!isConfig(config)) {
      const ahead = typeof config === 'string' ? takeAhead(client)?.statements : undefined;
      return ahead ? lastResult(original([...ahead, config].join('; '))) : original(...args);
    }
    const name = nameFor(config);
    const taken = takeAhead(client);
    if (!taken)
      return original(name === config.name ? config : { ...config, name }, ...args.slice(1));
    // A setting ahead of a read's query ends with its round trip; in a transaction it would last.
    const ahead =
      config.name === GENERIC_PLAN && taken.everyQuery
        ? [...taken.statements, FORCE_GENERIC]
        : taken.statements;
    // Drizzle passes the values beside the config, as pg allows.
    const values = Array.isArray(args[1]) ? (args[1] as unknown[]) : config.values;
    // A statement with parameters (or a name) goes by the extended protocol, which pipelines;
    // one without may hold several statements, so all go as one simple-protocol text.
    if (name || values?.length) return queryWithAhead(original, { ...config, name, values }, ahead);
    return lastResult(original({ ...config, name, text: [...ahead, config.text].join('; ') }));
  };
}

/** A simple-protocol text of several statements answers with one result each: the query's is last. */
const lastResult = async (results: Promise<unknown>) => {
  const all = await results;
  return Array.isArray(all) ? all.at(-1) : all;
};
