import type { Tx } from '../../platform/db';
import { AppError } from '../../platform/errors/app-error';
import type { RequestContext } from '../accounts';
import { notify } from '../notifications';
import { yuan } from '../work-orders/work-order-notices';
import { getRepairReturn } from './get-repair-return';
import type { RepairReturnView, TestBody } from './repair-return.schemas';
import { coverageOfReturn } from './return-coverage';
import { isCharged } from './return-coverage.rules';
import { CLERKS_AND_DISPATCHERS, returnLink } from './return-notices';
import { watchNoticeRule } from './return-timers';
import { transitionRepairReturn } from './transition-repair-return';

/**
 * 检测: the technician records the results, the cause and the expected return date. The cause
 * and the device's warranty today decide whether it is charged: a charged item needs a quote,
 * which goes to the customer at once (awaiting approval). A test may be corrected until the
 * item is handed over; a corrected test asks for approval again when charged.
 */
export async function testRepairReturn(
  tx: Tx,
  ctx: RequestContext,
  id: string,
  input: TestBody,
): Promise<RepairReturnView> {
  let charged = false;
  const { after } = await transitionRepairReturn(tx, ctx, {
    id,
    action: 'test',
    version: input.version,
    patch: async (before) => {
      const coverage = await coverageOfReturn(tx, ctx, before.assetId, input.coverage);
      charged = isCharged(input.cause, coverage);
      if (charged && input.quoteCents === undefined) throw new AppError('RETURN_QUOTE_MISSING');
      return {
        testedBy: ctx.user.id,
        testedAt: ctx.clock.now(),
        testResult: input.testResult,
        cause: input.cause,
        coverage,
        charged,
        quoteCents: charged ? input.quoteCents! : null,
        // A new test needs a new approval.
        quoteSignatureId: null,
        quoteDecidedAt: null,
        expectedReturnOn: input.expectedReturnOn,
        urgent: input.urgent ?? before.urgent,
      };
    },
  });
  if (charged) {
    await transitionRepairReturn(tx, ctx, {
      id,
      action: 'request_approval',
      version: after.version,
      note: { quoteCents: after.quoteCents },
    });
    await notify(tx, ctx.tenantId, ctx.clock, {
      event: 'repairReturn.quoteAwaiting',
      params: { number: after.number, amount: yuan(after.quoteCents ?? 0) },
      to: { roles: CLERKS_AND_DISPATCHERS },
      link: returnLink(id),
    });
  }
  await watchNoticeRule(tx, ctx.tenantId, ctx.clock, id);
  return getRepairReturn(tx, ctx, id);
}
