import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../platform/db';
import type { DuplicateHint } from './service-request.schemas';
import { serviceRequests } from './service-requests.table';

/** What decides whether two reports look like one job. */
export interface DuplicateKey {
  id: string;
  assetId: string | null;
  customerId: string;
  departmentId: string | null;
  contactPhone: string;
  createdAt: Date;
}

const WINDOW_MS = 3 * 24 * 3600 * 1000;

/**
 * Two reports look like one job when they name the same device, or, when one of them names no
 * device, the same customer, department and contact phone within three days of each other.
 */
export function looksLikeSameJob(a: DuplicateKey, b: DuplicateKey): boolean {
  if (a.id === b.id) return false;
  if (a.assetId && b.assetId) return a.assetId === b.assetId;
  return (
    a.customerId === b.customerId &&
    a.departmentId === b.departmentId &&
    a.contactPhone === b.contactPhone &&
    Math.abs(a.createdAt.getTime() - b.createdAt.getTime()) <= WINDOW_MS
  );
}

/** The open (received) reports that look like each of `requests`, in one query. */
export async function findDuplicates(
  tx: Tx,
  tenantId: string,
  requests: readonly DuplicateKey[],
): Promise<Map<string, DuplicateHint[]>> {
  const result = new Map<string, DuplicateHint[]>(requests.map((r) => [r.id, []]));
  if (requests.length === 0) return result;
  const assetIds = [...new Set(requests.flatMap((r) => r.assetId ?? []))];
  const customerIds = [...new Set(requests.map((r) => r.customerId))];
  const phones = [...new Set(requests.map((r) => r.contactPhone))];
  const candidates = await tx
    .select({
      id: serviceRequests.id,
      number: serviceRequests.number,
      channel: serviceRequests.channel,
      status: serviceRequests.status,
      assetId: serviceRequests.assetId,
      customerId: serviceRequests.customerId,
      departmentId: serviceRequests.departmentId,
      contactName: serviceRequests.contactName,
      contactPhone: serviceRequests.contactPhone,
      faultDescription: serviceRequests.faultDescription,
      createdAt: serviceRequests.createdAt,
    })
    .from(serviceRequests)
    .where(
      and(
        eq(serviceRequests.tenantId, tenantId),
        eq(serviceRequests.status, 'received'),
        or(
          assetIds.length ? inArray(serviceRequests.assetId, assetIds) : undefined,
          and(
            inArray(serviceRequests.customerId, customerIds),
            inArray(serviceRequests.contactPhone, phones),
          ),
        ),
      ),
    )
    .orderBy(asc(serviceRequests.createdAt))
    .limit(500);
  for (const request of requests) {
    result.set(
      request.id,
      candidates
        .filter((c) => looksLikeSameJob(request, c))
        .map((c) => ({
          id: c.id,
          number: c.number,
          channel: c.channel,
          status: c.status,
          contactName: c.contactName,
          faultDescription: c.faultDescription,
          createdAt: c.createdAt.toISOString(),
        })),
    );
  }
  return result;
}
