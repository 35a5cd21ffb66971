import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { manualClock } from '../../../tests/support/factories';
import { createJobRunner, jobs } from '../../platform/jobs';
import { createLoaner } from './create-loaner';
import { inventoryJobHandlers } from './inventory-jobs';
import { code, stockWorldForFile } from './inventory.test-fixtures';
import { listLoanersQuery, listLoansQuery } from './inventory.schemas';
import { lendLoaner } from './lend-loaner';
import { listLoaners } from './list-loaners';
import { listLoans } from './list-loans';
import { LOAN_OVERDUE_JOB } from './loan-jobs';
import { getLoaner } from './loaner-view';
import { retireLoaner } from './retire-loaner';
import { returnLoan } from './return-loan';

// 10:00 in Shanghai on Saturday 28 November 2026.
const clock = manualClock('2026-11-28T02:00:00Z');
const w = stockWorldForFile(clock);

let seq = 0;
const newLoaner = (overrides: { code?: string; serialNumber?: string } = {}) =>
  w.as((tx) =>
    createLoaner(tx, w.clerk, {
      code: overrides.code ?? `BY-${++seq}`,
      modelId: w.modelId,
      serialNumber: overrides.serialNumber ?? `LSN-${seq}`,
      warehouseId: w.central.id,
      note: '备用打印机',
    }),
  );
const lend = (loanerId: string, dueOn: string) =>
  w.as((tx) =>
    lendLoaner(tx, w.clerk, loanerId, {
      customerId: w.t.customer.id,
      dueOn,
      conditionOut: '外观完好',
    }),
  );
const overdueNotices = async (loanerCode: string) =>
  (await w.noticesOf('loan.overdue'))
    .filter((n) => n.params.code === loanerCode)
    .map((n) => n.userId)
    .sort();
const runner = () => createJobRunner({ db: w.db, clock, handlers: inventoryJobHandlers(clock) });

describe('loaner units (备用机)', () => {
  it('are unique by code, and by serial number within a model', async () => {
    const first = await newLoaner({ code: 'BY-A', serialNumber: 'SN-A' });
    expect(first).toMatchObject({
      code: 'BY-A',
      serialNumber: 'SN-A',
      status: 'available',
      model: { id: w.modelId },
      warehouse: { id: w.central.id, name: '中心库' },
      currentLoan: null,
      version: 1,
    });
    expect(await code(newLoaner({ code: 'BY-A', serialNumber: 'SN-B' }))).toBe('LOANER_CODE_TAKEN');
    expect(await code(newLoaner({ code: 'BY-B', serialNumber: 'SN-A' }))).toBe(
      'LOANER_SERIAL_TAKEN',
    );
  });

  it('are lent once at a time, come back available, and retire only when in', async () => {
    const loaner = await newLoaner();
    expect(await code(lend(loaner.id, '2026-11-27'))).toBe('VALIDATION_FAILED');
    const { loanId } = await lend(loaner.id, '2026-12-05');
    const lent = await w.as((tx) => getLoaner(tx, w.clerk, loaner.id));
    expect(lent).toMatchObject({
      status: 'lent',
      version: 2,
      currentLoan: {
        id: loanId,
        customer: { id: w.t.customer.id },
        lentBy: { id: w.clerk.user.id, name: '返修员' },
        dueOn: '2026-12-05',
        conditionOut: '外观完好',
        returnedAt: null,
        overdue: false,
      },
    });
    expect(await code(lend(loaner.id, '2026-12-05'))).toBe('LOANER_NOT_AVAILABLE');
    expect(
      await code(w.as((tx) => retireLoaner(tx, w.keeper, loaner.id, { reason: '损坏' }))),
    ).toBe('LOANER_NOT_AVAILABLE');

    const back = await w.as((tx) =>
      returnLoan(tx, w.keeper, loaner.id, { conditionBack: '轻微划痕' }),
    );
    expect(back).toMatchObject({ status: 'available', currentLoan: null, version: 3 });
    expect(
      await code(w.as((tx) => returnLoan(tx, w.keeper, loaner.id, { conditionBack: 'x' }))),
    ).toBe('INVALID_TRANSITION');
    const history = await w.as((tx) =>
      listLoans(tx, w.clerk, listLoansQuery.parse({ loanerId: loaner.id })),
    );
    expect(history.items).toMatchObject([
      {
        id: loanId,
        conditionBack: '轻微划痕',
        returnedBy: { id: w.keeper.user.id },
        overdue: false,
      },
    ]);

    const retired = await w.as((tx) => retireLoaner(tx, w.keeper, loaner.id, { reason: '老化' }));
    expect(retired.status).toBe('retired');
    expect(await code(lend(loaner.id, '2026-12-05'))).toBe('LOANER_NOT_AVAILABLE');
    expect(
      await code(w.as((tx) => retireLoaner(tx, w.keeper, loaner.id, { reason: '老化' }))),
    ).toBe('INVALID_TRANSITION');
    const retiredOnes = await w.as((tx) =>
      listLoaners(tx, w.clerk, listLoanersQuery.parse({ status: 'retired' })),
    );
    expect(retiredOnes.items.map((l) => l.id)).toEqual([loaner.id]);
  });

  it('tells returns clerks and warehouse keepers once when a loan is still out after its due day', async () => {
    clock.set('2026-11-28T02:00:00Z');
    const kept = await newLoaner();
    const returned = await newLoaner();
    await lend(kept.id, '2026-11-30');
    const { loanId: returnedLoan } = await lend(returned.id, '2026-11-30');
    const jobRunner = runner();

    // 23:59 on the due day in Shanghai: not yet.
    clock.set('2026-11-30T15:59:00Z');
    await jobRunner.runDue();
    expect(await overdueNotices(kept.code)).toEqual([]);
    await w.as((tx) => returnLoan(tx, w.keeper, returned.id, { conditionBack: '完好' }));

    // Midnight: the day has ended with one loaner still out.
    clock.set('2026-11-30T16:00:00Z');
    await jobRunner.runDue();
    await jobRunner.runDue();
    expect(await overdueNotices(kept.code)).toEqual([w.clerk.user.id, w.keeper.user.id].sort());
    expect(await overdueNotices(returned.code)).toEqual([]);
    const [cancelled] = await w.as((tx) =>
      tx
        .select({ state: jobs.state })
        .from(jobs)
        .where(
          and(eq(jobs.kind, LOAN_OVERDUE_JOB), eq(jobs.key, `${LOAN_OVERDUE_JOB}:${returnedLoan}`)),
        ),
    );
    expect(cancelled?.state).toBe('cancelled');

    // A new runner (a restarted process) a week later fires nothing again.
    clock.set('2026-12-07T16:00:00Z');
    await runner().runDue();
    expect(await overdueNotices(kept.code)).toHaveLength(2);

    const overdue = await w.as((tx) =>
      listLoans(tx, w.clerk, listLoansQuery.parse({ overdue: 'true' })),
    );
    expect(overdue.items.map((l) => [l.loaner.id, l.overdue])).toEqual([[kept.id, true]]);
    const open = await w.as((tx) => listLoans(tx, w.clerk, listLoansQuery.parse({ open: 'true' })));
    expect(open.items.map((l) => l.loaner.id)).toEqual([kept.id]);
  });
});
