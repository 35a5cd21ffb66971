import { Button, Card, Flex, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StepChoice } from '../jobs/nextSteps';
import type { TransitionStep } from '../outbox/stepDraft';

/** Other allowed steps: plain full-width buttons, big enough for a thumb. */
export function SecondarySteps({
  steps,
  onOpen,
}: {
  steps: StepChoice['secondary'];
  onOpen: (step: TransitionStep) => void;
}) {
  const { t } = useTranslation();
  if (steps.length === 0) return null;
  return (
    <Card size="small" title={t('technicianApp.job.otherSteps')}>
      <Flex vertical gap={8}>
        {steps.map((step) => (
          <Button
            key={step}
            size="large"
            block
            data-testid={`step-${step}`}
            danger={step === 'advise_replacement' || step === 'decline_quote'}
            onClick={() => onOpen(step)}
          >
            {t(`workOrderActions.${step}`)}
          </Button>
        ))}
      </Flex>
    </Card>
  );
}

export const BOTTOM_BAR_HEIGHT = 76;

/** The one next step, fixed at the bottom of the screen where the thumb is. */
export function PrimaryStepBar({
  step,
  onOpen,
}: {
  step: TransitionStep;
  onOpen: (step: TransitionStep) => void;
}) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <div
      style={{
        position: 'fixed',
        left: 0,
        right: 0,
        bottom: 0,
        zIndex: 20,
        padding: '12px 12px calc(12px + env(safe-area-inset-bottom))',
        background: token.colorBgContainer,
        borderTop: `1px solid ${token.colorBorderSecondary}`,
        boxSizing: 'border-box',
      }}
    >
      <Button
        type="primary"
        size="large"
        block
        data-testid="primary-step"
        data-step={step}
        style={{ height: 52, fontSize: 18, maxWidth: 616, margin: '0 auto', display: 'block' }}
        onClick={() => onOpen(step)}
      >
        {t(`workOrderActions.${step}`)}
      </Button>
    </div>
  );
}
