import { Alert, Flex, Result, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { QueryError } from '../../../web/components/QueryError';
import { allowedActions } from '../../work-orders/work-order.machine';
import type { WorkOrderStatus } from '../../work-orders/work-order.states';
import { ContactCard } from './components/ContactCard';
import { DeviceCard } from './components/DeviceCard';
import { JobSummary } from './components/JobSummary';
import { PartsCard } from './components/PartsCard';
import { PendingDrafts } from './components/PendingDrafts';
import { PhotosCard } from './components/PhotosCard';
import { ServiceClocks } from './components/ServiceClocks';
import { BOTTOM_BAR_HEIGHT, PrimaryStepBar, SecondarySteps } from './components/StepButtons';
import { type OpenStep, StepSheet } from './components/StepSheet';
import { useJob, useOnSite } from './hooks/useJobQueries';
import { chooseSteps } from './jobs/nextSteps';
import { draftsOf, isTransitionStep, projectedStatus } from './outbox/stepDraft';
import { useOutbox } from './outbox/useOutbox';

/** States in which the technician is at the device: parts and photos are recorded then. */
const AT_DEVICE: readonly WorkOrderStatus[] = [
  'on_site',
  'confirmed',
  'awaiting_approval',
  'replacement_advised',
  'resolved',
];

/**
 * One job on the phone: who, where, what, the service clocks, and one big button for the next
 * step. Steps waiting in the outbox already count: after 出发 offline the button says 到达.
 */
export function JobPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const user = useSessionUser();
  const job = useJob(id);
  const onSite = useOnSite(id);
  const { drafts } = useOutbox();
  const [open, setOpen] = useState<OpenStep | null>(null);

  if (job.isPending) return <Skeleton active />;
  if (!job.data) return <QueryError error={job.error} onRetry={() => void job.refetch()} />;
  const order = job.data;
  const waiting = draftsOf(drafts, id);
  const hasRefused = waiting.some((d) => d.state === 'failed');
  const status = projectedStatus(order.status, waiting);
  const hasWaitingMoves = waiting.some((d) => isTransitionStep(d.kind));
  const approvalNeeded = order.approvalNeeded && !waiting.some((d) => d.kind === 'approve_quote');
  // The server's list is the truth; with moves still waiting, the same table answers locally.
  const allowed = hasWaitingMoves
    ? allowedActions(
        { status, technicianId: order.technician?.id ?? null, approvalNeeded },
        { userId: user.id, roles: user.roles },
      )
    : order.allowedActions;
  const suggested = onSite.data?.replacement.suggested ?? false;
  const choice = chooseSteps(status, allowed, {
    approvalNeeded,
    replacementSuggested: suggested,
  });
  const atDevice = AT_DEVICE.includes(status);
  const showPrimary = choice.primary !== null && !hasRefused;

  return (
    <Flex vertical gap={12} style={{ paddingBottom: showPrimary ? BOTTOM_BAR_HEIGHT + 12 : 12 }}>
      <JobSummary job={order} status={status} />
      {job.isError && <Alert type="warning" showIcon title={t('technicianApp.job.stale')} />}
      <PendingDrafts drafts={waiting} onEdit={(draft) => setOpen({ kind: draft.kind, draft })} />
      {hasRefused && <Alert type="error" showIcon title={t('technicianApp.outbox.fixFirst')} />}
      {status === 'closed' && (
        <Result status="success" title={t('technicianApp.job.closed')} data-testid="job-closed" />
      )}
      {status === 'confirmed' && suggested && (
        <Alert
          type="warning"
          showIcon
          data-testid="replacement-suggested"
          title={t('technicianApp.replacement.suggested', {
            percent: onSite.data?.replacement.thresholdPercent,
          })}
        />
      )}
      {status === 'confirmed' && approvalNeeded && (
        <Alert type="info" showIcon title={t('technicianApp.quote.needed')} />
      )}
      <ContactCard job={order} />
      <DeviceCard job={order} />
      <ServiceClocks clocks={order.serviceClocks} />
      {(atDevice || (onSite.data?.parts.length ?? 0) > 0) && (
        <PartsCard
          workOrderId={id}
          onSite={onSite.data}
          drafts={waiting}
          canEdit={atDevice && !hasRefused}
          onAdd={() => setOpen({ kind: 'addPart' })}
        />
      )}
      {(atDevice || (onSite.data?.photos.length ?? 0) > 0) && (
        <PhotosCard workOrderId={id} onSite={onSite.data} drafts={waiting} canAdd={atDevice} />
      )}
      {!hasRefused && (
        <SecondarySteps steps={choice.secondary} onOpen={(kind) => setOpen({ kind })} />
      )}
      {showPrimary && choice.primary && (
        <PrimaryStepBar step={choice.primary} onOpen={(kind) => setOpen({ kind })} />
      )}
      <StepSheet job={order} onSite={onSite.data} step={open} onClose={() => setOpen(null)} />
    </Flex>
  );
}
