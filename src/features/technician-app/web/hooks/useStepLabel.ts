import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isTransitionStep, type StepKind } from '../outbox/stepDraft';

/** A step's name: the transition's own (已联系客户, 出发…) or the record's (添加配件…). */
export function useStepLabel(): (kind: StepKind) => string {
  const { t } = useTranslation();
  return useCallback(
    (kind: StepKind) =>
      isTransitionStep(kind) ? t(`workOrderActions.${kind}`) : t(`technicianApp.record.${kind}`),
    [t],
  );
}
