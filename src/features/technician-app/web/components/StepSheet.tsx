import { Drawer } from 'antd';
import { useState } from 'react';
import type { OnSiteView } from '../../../work-orders/on-site.schemas';
import type { WorkOrderDetail } from '../../../work-orders/work-order.schemas';
import { useSendStep } from '../hooks/useSendStep';
import { useStepLabel } from '../hooks/useStepLabel';
import type { StepDraft, StepKind } from '../outbox/stepDraft';
import { STEP_FORMS } from '../steps/stepForms';

export interface OpenStep {
  kind: StepKind;
  /** A refused draft to correct. */
  draft?: StepDraft;
}

/**
 * A step's form in a bottom sheet. Submitting keeps the step in the outbox and sends it; the
 * sheet closes once it is sent or waiting for the network. If the server refuses it, the sheet
 * stays open on what was typed, and the next submit corrects that same draft.
 */
export function StepSheet({
  job,
  onSite,
  step,
  onClose,
}: {
  job: WorkOrderDetail;
  onSite: OnSiteView | undefined;
  step: OpenStep | null;
  onClose: () => void;
}) {
  const labelOf = useStepLabel();
  const { send, isSending } = useSendStep();
  const [refused, setRefused] = useState<StepDraft | undefined>();
  const Form = step ? STEP_FORMS[step.kind] : undefined;
  const close = () => {
    setRefused(undefined);
    onClose();
  };
  const submit = (body: unknown, kind?: StepKind) => {
    if (!step) return;
    const sent = kind ?? step.kind;
    const correcting = [step.draft, refused].find((d) => d?.kind === sent);
    void send({ workOrderId: job.id, kind: sent, body }, correcting?.id).then((fate) => {
      if (fate.state === 'failed') setRefused(fate.draft);
      else close();
    });
  };
  return (
    <Drawer
      placement="bottom"
      size="88%"
      open={Boolean(step)}
      onClose={close}
      destroyOnHidden
      title={step ? labelOf(step.kind) : undefined}
      styles={{ body: { paddingBottom: 32 } }}
    >
      {step && Form && (
        <div data-testid="step-sheet" data-step={step.kind}>
          <Form
            job={job}
            onSite={onSite}
            initial={step.draft?.body as Record<string, unknown> | undefined}
            isSending={isSending}
            submit={submit}
          />
        </div>
      )}
    </Drawer>
  );
}
