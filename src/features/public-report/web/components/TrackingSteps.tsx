import { Steps } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { PublicTrackingView } from '../../public-report.schemas';

/** The steps down the page; the current one is the stage, a rejection or cancellation in red. */
export function TrackingSteps({ view }: { view: PublicTrackingView }) {
  const { t } = useTranslation();
  const current = Math.max(
    0,
    view.steps.findIndex((s) => s.stage === view.stage),
  );
  const isStopped = view.stage === 'rejected' || view.stage === 'cancelled';
  return (
    <Steps
      orientation="vertical"
      current={current}
      status={isStopped ? 'error' : view.stage === 'done' ? 'finish' : 'process'}
      items={view.steps.map((step) => ({
        title: t(`publicReport.stage.${step.stage}`),
        content: step.at ? dayjs(step.at).format('YYYY-MM-DD HH:mm') : undefined,
      }))}
    />
  );
}
