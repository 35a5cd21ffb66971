import { is, type Placeholder, SQL, sql, StringChunk } from 'drizzle-orm';

/**
 * The values of a statement built once and run many times (`preparedFor`), gathered as its
 * rows are made: each value becomes a placeholder named after where it sits, and `values`
 * keeps what to fill in. The statement's text then depends only on `shape` — which row
 * fields hold a value, which are null or absent (written into the text as such) — so every
 * request of one shape runs the same prepared statement with its own values.
 *
 * A field named in `shared` is one placeholder for every row (the tenant of each): its rows
 * must agree on its value. Constant SQL (no parameters) may stand for a value; SQL with
 * parameters may not, since the first request's parameters would stay in the text.
 */
export class StatementValues {
  readonly values: Record<string, unknown> = {};
  private readonly parts: string[] = [];
  private readonly placeholders = new Map<string, Placeholder>();
  private readonly shared: ReadonlySet<string>;

  constructor(shared: readonly string[] = []) {
    this.shared = new Set(shared);
  }

  /** What the text of a statement built from these rows depends on. */
  get shape(): string {
    return this.parts.join(';');
  }

  /** One placeholder for `value`, named `name`; the same name must always hold the same value. */
  value(name: string, value: unknown): Placeholder {
    if (name in this.values && this.values[name] !== value)
      throw new Error(`StatementValues: "${name}" holds two values`);
    this.values[name] = value;
    let placeholder = this.placeholders.get(name);
    if (!placeholder) this.placeholders.set(name, (placeholder = sql.placeholder(name)));
    return placeholder;
  }

  /** `row` with its values as placeholders named `${prefix}.${field}`. */
  row<T extends object>(prefix: string, row: T): T {
    const out: Record<string, unknown> = {};
    const kinds: string[] = [];
    for (const [field, value] of Object.entries(row)) {
      if (value === undefined || value === null) {
        out[field] = value;
        kinds.push(`${field}${value === null ? '∅' : '−'}`);
      } else if (is(value, SQL)) {
        if (!value.queryChunks.every((chunk) => is(chunk, StringChunk)))
          throw new Error(`StatementValues: ${prefix}.${field} is SQL with parameters`);
        out[field] = value;
        kinds.push(
          `${field}=${value.queryChunks.map((c) => (c as StringChunk).value.join('')).join('')}`,
        );
      } else {
        out[field] = this.value(this.shared.has(field) ? field : `${prefix}.${field}`, value);
        kinds.push(field);
      }
    }
    this.parts.push(`${prefix}(${kinds.join(',')})`);
    return out as T;
  }

  /** Each row as `row` makes it, named `${prefix}${index}`. */
  rows<T extends object>(prefix: string, rows: readonly T[]): T[] {
    return rows.map((row, index) => this.row(`${prefix}${index}`, row));
  }
}
