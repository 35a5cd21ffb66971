import autocannon from 'autocannon';

export interface LoadResult {
  name: string;
  connections: number;
  seconds: number;
  requests: number;
  perSec: number;
  p50Ms: number;
  p99Ms: number;
  /** Non-2xx responses, socket errors and timeouts: all must be 0. */
  failed: number;
}

export interface LoadOptions {
  name: string;
  url: string;
  cookie: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  path: string;
  /** The body of each request, made when it is sent: POSTs need fresh input every time. */
  body?: () => string;
}

/** One autocannon run (its programmatic API), reduced to what the report needs. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const { body } = options;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    duration: options.seconds,
    headers: { cookie: options.cookie, 'content-type': 'application/json' },
    requests: [
      {
        method: options.method,
        path: options.path,
        ...(body ? { setupRequest: (request) => ({ ...request, body: body() }) } : {}),
      },
    ],
  });
  return {
    name: options.name,
    connections: options.connections,
    seconds: options.seconds,
    requests: result['2xx'] + result.non2xx,
    perSec: result['2xx'] / (result.duration || options.seconds),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}
