import { App } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StepFate } from '../outbox/createOutbox';
import type { StepDraft, StepInput, StepKind } from '../outbox/stepDraft';
import { useOutbox } from '../outbox/useOutbox';
import { useStepLabel } from './useStepLabel';

/**
 * Sends a step through the outbox and says how it went: sent; kept to send when the network is
 * back; or refused, with the server's reason. `replacing` corrects a refused draft in place.
 */
export function useSendStep() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { outbox } = useOutbox();
  const labelOf = useStepLabel();
  const [isSending, setSending] = useState(false);

  const report = useCallback(
    async (kind: StepKind, attempt: Promise<StepFate>): Promise<StepFate> => {
      setSending(true);
      try {
        const fate = await attempt;
        const step = labelOf(kind);
        if (fate.state === 'sent') void message.success(t('technicianApp.outbox.sent', { step }));
        if (fate.state === 'queued') {
          void message.warning(t('technicianApp.outbox.queued', { step }));
        }
        if (fate.state === 'failed') {
          void message.error(fate.draft.error?.message || t('common.unknownError'));
        }
        return fate;
      } finally {
        setSending(false);
      }
    },
    [labelOf, message, t],
  );

  const send = useCallback(
    (input: StepInput, replacing?: string) =>
      report(input.kind, replacing ? outbox.replace(replacing, input.body) : outbox.submit(input)),
    [outbox, report],
  );
  const retry = useCallback(
    (draft: StepDraft) => report(draft.kind, outbox.retry(draft.id)),
    [outbox, report],
  );
  return { send, retry, isSending };
}
