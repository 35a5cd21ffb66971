import { and, count, desc, eq, exists, ilike, isNull, or, type SQL } from 'drizzle-orm';
import { type Tx, sequentially } from '../../platform/db';
import type { RequestContext } from '../accounts';
import { customers } from '../customers/customers.table';
import { serviceContracts } from './installed-base.table';
import { containing } from '../../platform/db';
import type { ListServiceContractsQuery, ServiceContractView } from './service-contract.schemas';
import { serviceContractViews } from './service-contract-view';

/** Contracts, latest ending first; `q` matches the number or the customer's name. */
export async function listServiceContracts(
  tx: Tx,
  ctx: RequestContext,
  query: ListServiceContractsQuery,
): Promise<{ items: ServiceContractView[]; total: number }> {
  const filters: (SQL | undefined)[] = [eq(serviceContracts.tenantId, ctx.tenantId)];
  if (query.includeCancelled !== 'true') filters.push(isNull(serviceContracts.cancelledAt));
  if (query.customerId) filters.push(eq(serviceContracts.customerId, query.customerId));
  if (query.q) {
    const like = containing(query.q);
    filters.push(
      or(
        ilike(serviceContracts.number, like),
        exists(
          tx
            .select({ one: customers.id })
            .from(customers)
            .where(and(eq(customers.id, serviceContracts.customerId), ilike(customers.name, like))),
        ),
      ),
    );
  }
  const where = and(...filters);
  const [rows, [total]] = await sequentially(
    tx
      .select({ id: serviceContracts.id })
      .from(serviceContracts)
      .where(where)
      .orderBy(desc(serviceContracts.endsOn), desc(serviceContracts.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    tx.select({ n: count() }).from(serviceContracts).where(where),
  );
  const items = await serviceContractViews(
    tx,
    ctx.tenantId,
    rows.map((r) => r.id),
  );
  return { items, total: total?.n ?? 0 };
}
