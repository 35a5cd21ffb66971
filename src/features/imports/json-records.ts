import { type SQL, sql } from 'drizzle-orm';

/**
 * Many rows as one parameter, for `jsonb_to_recordset`: one statement per batch whatever its
 * size, no limit on bind parameters, and the same text on PGlite and PostgreSQL.
 */
export function jsonRecords(rows: readonly object[]): SQL {
  return sql`${JSON.stringify(rows)}::jsonb`;
}

/** A list of values as a subquery, for `IN (…)` over any number of them. */
export function jsonValues(values: Iterable<string>, type: 'text' | 'uuid' = 'text'): SQL {
  const json = JSON.stringify([...new Set(values)]);
  return sql`(SELECT v::${sql.raw(type)} FROM jsonb_array_elements_text(${json}::jsonb) AS v)`;
}
