import type { FastifyRequest } from 'fastify';

/**
 * Where the public pages live: the configured PUBLIC_BASE_URL (behind a proxy, or when labels
 * are printed from an internal address), else the origin the user reached the app at.
 */
export function publicOrigin(
  request: Pick<FastifyRequest, 'protocol' | 'host'>,
  configured?: string,
): string {
  if (configured) return configured.replace(/\/+$/, '');
  return `${request.protocol}://${request.host}`;
}

/** The device's public page, which its QR label opens. */
export function assetPageUrl(origin: string, token: string): string {
  return `${origin}/p/${token}`;
}
