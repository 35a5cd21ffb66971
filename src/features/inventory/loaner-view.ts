import { and, eq, inArray, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import { localDay } from '../../platform/numbering/next-number';
import type { RequestContext } from '../accounts';
import { users } from '../accounts/accounts.table';
import { customers } from '../customers/customers.table';
import { productModels } from '../installed-base/installed-base.table';
import { repairReturns } from '../repair-returns/repair-returns.table';
import type { LoanerView, LoanView } from './inventory.schemas';
import { loanerUnits, loans, warehouses } from './inventory.table';

const lender = alias(users, 'loan_lender');
const receiver = alias(users, 'loan_receiver');

/** Today in the tenant's zone: a loan is overdue once its due day has passed. */
export const todayOf = (ctx: Pick<RequestContext, 'clock' | 'tenantTimezone'>) =>
  localDay(ctx.clock.now(), ctx.tenantTimezone);

/** Loans by id with who and what, in the order of `ids`. */
export async function loanViews(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'clock' | 'tenantTimezone'>,
  ids: string[],
): Promise<LoanView[]> {
  if (ids.length === 0) return [];
  const today = todayOf(ctx);
  const rows = await db
    .select({
      loan: loans,
      unit: { id: loanerUnits.id, code: loanerUnits.code, serialNumber: loanerUnits.serialNumber },
      customerName: customers.name,
      returnNumber: repairReturns.number,
      lentByName: lender.displayName,
      returnedByName: receiver.displayName,
    })
    .from(loans)
    .innerJoin(loanerUnits, eq(loanerUnits.id, loans.loanerUnitId))
    .innerJoin(customers, eq(customers.id, loans.customerId))
    .innerJoin(lender, eq(lender.id, loans.lentBy))
    .leftJoin(receiver, eq(receiver.id, loans.returnedBy))
    .leftJoin(repairReturns, eq(repairReturns.id, loans.repairReturnId))
    .where(and(eq(loans.tenantId, ctx.tenantId), inArray(loans.id, ids)));
  const byId = new Map(rows.map((r) => [r.loan.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const l = r.loan;
    return [
      {
        id: l.id,
        loaner: r.unit,
        customer: { id: l.customerId, name: r.customerName },
        repairReturn: l.repairReturnId
          ? { id: l.repairReturnId, number: r.returnNumber ?? '' }
          : null,
        lentAt: l.lentAt.toISOString(),
        lentBy: { id: l.lentBy, name: r.lentByName },
        dueOn: l.dueOn,
        conditionOut: l.conditionOut,
        returnedAt: l.returnedAt?.toISOString() ?? null,
        returnedBy: l.returnedBy ? { id: l.returnedBy, name: r.returnedByName ?? '' } : null,
        conditionBack: l.conditionBack,
        overdue: l.returnedAt === null && l.dueOn < today,
      },
    ];
  });
}

/** Loaner units by id with their model, warehouse and open loan, in the order of `ids`. */
export async function loanerViews(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'clock' | 'tenantTimezone'>,
  ids: string[],
): Promise<LoanerView[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      unit: loanerUnits,
      model: { id: productModels.id, code: productModels.code, name: productModels.name },
      warehouseName: warehouses.name,
      openLoanId: loans.id,
    })
    .from(loanerUnits)
    .innerJoin(productModels, eq(productModels.id, loanerUnits.modelId))
    .innerJoin(warehouses, eq(warehouses.id, loanerUnits.warehouseId))
    .leftJoin(loans, and(eq(loans.loanerUnitId, loanerUnits.id), isNull(loans.returnedAt)))
    .where(and(eq(loanerUnits.tenantId, ctx.tenantId), inArray(loanerUnits.id, ids)));
  const openLoans = await loanViews(
    db,
    ctx,
    rows.flatMap((r) => (r.openLoanId ? [r.openLoanId] : [])),
  );
  const loanOf = new Map(openLoans.map((l) => [l.loaner.id, l]));
  const byId = new Map(rows.map((r) => [r.unit.id, r]));
  return ids.flatMap((id) => {
    const r = byId.get(id);
    if (!r) return [];
    const u = r.unit;
    return [
      {
        id: u.id,
        code: u.code,
        model: r.model,
        serialNumber: u.serialNumber,
        status: u.status,
        warehouse: { id: u.warehouseId, name: r.warehouseName },
        note: u.note,
        currentLoan: loanOf.get(u.id) ?? null,
        version: u.version,
      },
    ];
  });
}

export async function getLoaner(
  db: Queryable,
  ctx: Pick<RequestContext, 'tenantId' | 'clock' | 'tenantTimezone'>,
  loanerId: string,
): Promise<LoanerView> {
  const [view] = await loanerViews(db, ctx, [loanerId]);
  if (!view) throw new AppError('NOT_FOUND');
  return view;
}
