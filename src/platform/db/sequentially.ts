/**
 * Awaits lazy queries one after another. A transaction is one connection, which runs one
 * query at a time: `Promise.all` on it only queues them (node-postgres warns, and pg 9 refuses).
 * Drizzle's query builders start only when awaited, so nothing runs before its turn.
 */
export async function sequentially<T extends readonly unknown[]>(
  ...queries: { [K in keyof T]: PromiseLike<T[K]> }
): Promise<T> {
  const results: unknown[] = [];
  for (const query of queries) results.push(await query);
  return results as unknown as T;
}
