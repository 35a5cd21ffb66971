import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db';

/** PostgreSQL types the bulk writers send arrays of. */
export type PgType = 'uuid' | 'text' | 'int' | 'timestamptz' | 'jsonb';

/**
 * Rows of one table kept column by column: each column goes to the server as ONE array
 * parameter, and `unnest` turns the arrays back into rows. That is one parameter per column
 * whatever the row count (a VALUES list needs one per cell and tops out at 65,535), and the
 * server parses one short statement instead of a huge one.
 */
export class Columns<K extends string> {
  readonly values: Record<K, unknown[]>;
  private count = 0;

  constructor(
    readonly table: string,
    readonly types: Record<K, PgType>,
  ) {
    this.values = Object.fromEntries(Object.keys(types).map((k) => [k, []])) as unknown as Record<
      K,
      unknown[]
    >;
  }

  get length(): number {
    return this.count;
  }

  push(row: Record<K, unknown>): void {
    for (const key in this.types) this.values[key].push(row[key]);
    this.count++;
  }
}

const quote = (s: string) => `"${s.replace(/[\\"]/g, '\\$&')}"`;

/**
 * A PostgreSQL array literal (`{"a",NULL,"b \\"c\\""}`) for strings, numbers and nulls, sent as
 * text and cast on the server: both drivers (pg, PGlite) then pass it through untouched. The
 * fast path is V8's native JSON.stringify, whose escaping of `"` and `\\` is exactly the array
 * syntax's, and whose `null` the array syntax reads as NULL; only JSON's escapes for control
 * characters (\\n, \\u0001…) differ, so when one shows up we quote element by element.
 */
export function arrayLiteral(values: readonly unknown[]): string {
  const json = JSON.stringify(values);
  if (!/\\[bfnrtu]/.test(json)) return `{${json.slice(1, -1)}}`;
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : quote(String(v))));
  return `{${items.join(',')}}`;
}

/**
 * `INSERT INTO t (constants…, columns…) SELECT constants…, * FROM unnest($1::type[], …)`.
 * `constants` are the same for every row (the tenant), so they are sent once.
 */
export async function insertColumns<K extends string>(
  tx: Tx,
  rows: Columns<K>,
  constants: Record<string, SQL> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const keys = Object.keys(rows.types) as K[];
  const names = [...Object.keys(constants), ...keys].map((k) => sql.identifier(k));
  const arrays = keys.map(
    (k) => sql`${arrayLiteral(rows.values[k])}::text::${sql.raw(rows.types[k])}[]`,
  );
  const selected = [...Object.values(constants), sql`u.*`];
  await tx.execute(
    sql`INSERT INTO ${sql.identifier(rows.table)} (${sql.join(names, sql`, `)})
        SELECT ${sql.join(selected, sql`, `)} FROM unnest(${sql.join(arrays, sql`, `)}) AS u`,
  );
}
