import type { FastifyRequest } from 'fastify';
import type { Language } from '../errors/app-error';

/** English when the client asks for it first; Chinese otherwise (the product's default). */
export function languageOf(request: Pick<FastifyRequest, 'headers'>): Language {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && header.trim().toLowerCase().startsWith('en') ? 'en' : 'zh';
}
