import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RepairReturnView } from '../../repair-return.schemas';
import { returnSteps } from '../lib/returnSteps';

/** The states this return passes through, done / now / ahead, as antd Steps. */
export function ReturnStepsBar({ rr }: { rr: RepairReturnView }) {
  const { t } = useTranslation();
  const steps = returnSteps(rr);
  const current = Math.max(
    steps.findIndex((s) => s.state === 'process'),
    0,
  );
  return (
    <Steps
      size="small"
      current={current}
      responsive
      data-testid="return-steps"
      items={steps.map((s) => ({
        title: t(`repairReturns.status.${s.status}`),
        status: s.state,
      }))}
    />
  );
}
