import { createRequire } from 'node:module';
import pg from 'pg';

// node-postgres sends one statement and waits for its answer before the next. This query
// sends some short statements ahead of its own in the same write, before the one Sync that
// ends the round trip: `BEGIN` and the tenant setting then cost no round trip of their own.
// PostgreSQL runs everything before a Sync in order and stops at the first error, so the
// statement never runs if a statement ahead of it fails.

const { prepareValue } = createRequire(import.meta.url)('pg/lib/utils.js') as {
  prepareValue: (value: unknown) => unknown;
};

/** The parts of node-postgres's connection this query writes to (pg/lib/connection.js). */
interface Connection {
  stream: { cork(): void; uncork(): void };
  parsedStatements: Record<string, string>;
  parse(message: { text: string; name?: string; types?: unknown }): void;
  bind(message: {
    statement?: string;
    values?: unknown[];
    binary?: boolean;
    valueMapper?: (value: unknown) => unknown;
  }): void;
  describe(message: { type: 'P'; name: string }): void;
  execute(message: Record<string, never>): void;
  sync(): void;
}

export interface PipelinedConfig {
  text: string;
  values?: unknown[];
  name?: string;
  rowMode?: 'array';
  types?: unknown;
}

type Callback = (error: Error | null, result?: pg.QueryResult) => void;

/** pg's Query, with the handlers this subclass overrides (they are not in its types). */
interface QueryInternals {
  text: string;
  values?: unknown[];
  types?: unknown;
  binary?: boolean;
  _canceledDueToError: unknown;
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Connection): void;
  handleError(error: Error, connection: Connection): void;
}
const Query = pg.Query as unknown as new (
  config: PipelinedConfig,
  values: undefined,
  callback: Callback,
) => QueryInternals;

class PipelinedQuery extends Query {
  declare private ahead: readonly string[];
  /** Statements ahead whose answers have not come yet: their rows and tags are not ours. */
  declare private pending: number;
  declare private statement: string | undefined;

  constructor(config: PipelinedConfig, ahead: readonly string[], callback: Callback) {
    super(config, undefined, callback);
    this.ahead = ahead;
    this.pending = ahead.length;
  }

  /**
   * The client reads `name` when a ParseComplete arrives, to remember the statement as
   * prepared on this connection. The statements ahead are parsed too, so the name shows only
   * once their answers are in: the next ParseComplete is then this statement's own.
   */
  get name(): string | undefined {
    return this.pending > 0 ? undefined : this.statement;
  }

  set name(value: string | undefined) {
    this.statement = value;
  }

  submit(connection: Connection): null {
    connection.stream.cork();
    try {
      for (const text of this.ahead) {
        connection.parse({ text });
        connection.bind({});
        connection.execute({});
      }
      const name = this.statement;
      if (name === undefined || connection.parsedStatements[name] === undefined) {
        connection.parse({ text: this.text, name, types: this.types });
      }
      try {
        connection.bind({
          statement: name,
          values: this.values,
          binary: this.binary,
          valueMapper: prepareValue,
        });
      } catch (error) {
        // A value pg cannot send: nothing of this statement runs; the Sync ends the round trip.
        connection.sync();
        this._canceledDueToError = error;
        return null;
      }
      connection.describe({ type: 'P', name: '' });
      connection.execute({});
      connection.sync();
    } finally {
      connection.stream.uncork();
    }
    return null;
  }

  override handleDataRow(message: unknown): void {
    if (this.pending === 0) super.handleDataRow(message);
  }

  override handleCommandComplete(message: unknown, connection: Connection): void {
    if (this.pending > 0) this.pending -= 1;
    else super.handleCommandComplete(message, connection);
  }
}

/**
 * Runs `config` with `ahead` (statements without parameters) in its round trip; `submit` is
 * the client's own `query`, unpatched.
 */
export function queryWithAhead(
  submit: (query: pg.Submittable) => unknown,
  config: PipelinedConfig,
  ahead: readonly string[],
): Promise<pg.QueryResult> {
  return new Promise((resolve, reject) => {
    const query = new PipelinedQuery(config, ahead, (error, result) =>
      error ? reject(error) : resolve(result as pg.QueryResult),
    );
    submit(query as unknown as pg.Submittable);
  });
}
