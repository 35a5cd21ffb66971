import { Alert, Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { TRAVEL_MODES, type TravelMode } from '../../../work-orders/work-order.states';
import { useOnSite } from '../hooks/useJobQueries';
import { useOutbox } from '../outbox/useOutbox';
import { SubmitButton, TextField } from './fields';
import type { StepFormProps } from './stepFormProps';

interface Values {
  mode: TravelMode;
  reason?: string;
}

const HIRED: readonly TravelMode[] = ['taxi', 'motorbike_taxi'];

/**
 * 出发: public transport by default; a taxi or motorbike taxi for urgent jobs, or with a reason;
 * the company car only once the dispatcher approved a request for it.
 */
export function TravelStep({ job, onSite, initial, isSending, submit }: StepFormProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const mode = Form.useWatch('mode', form) ?? 'public_transport';
  const { drafts } = useOutbox();
  const isWaitingForCar = (onSite?.carRequests ?? []).some((r) => r.status === 'requested');
  useOnSite(job.id, isWaitingForCar); // the dispatcher's answer shows up by itself
  const isUrgent = job.urgency !== 'normal';
  const requests = [...(onSite?.carRequests ?? [])].sort((a, b) =>
    b.createdAt.localeCompare(a.createdAt),
  );
  const approved = requests.find((r) => r.status === 'approved');
  const waiting =
    requests.find((r) => r.status === 'requested') ??
    drafts.find((d) => d.workOrderId === job.id && d.kind === 'carRequest');
  const declined =
    !approved && !waiting ? requests.find((r) => r.status === 'declined') : undefined;
  const needsRequest = mode === 'company_car' && !approved;
  const reasonRequired = needsRequest || mode === 'own' || (HIRED.includes(mode) && !isUrgent);
  const from = initial as Partial<Values> | undefined;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={{ mode: from?.mode ?? 'public_transport', reason: from?.reason }}
      onFinish={(v) => {
        const reason = v.reason?.trim();
        if (needsRequest) {
          submit({ reason }, 'carRequest');
        } else {
          submit({
            mode: v.mode,
            ...(reason ? { reason } : {}),
            ...(v.mode === 'company_car' && approved ? { carRequestId: approved.id } : {}),
          });
        }
      }}
    >
      <Form.Item name="mode" label={t('technicianApp.travel.mode')}>
        <Radio.Group style={{ display: 'flex', flexDirection: 'column', gap: 12 }}>
          {TRAVEL_MODES.map((m) => (
            <Radio key={m} value={m} data-testid={`travel-${m}`}>
              {t(`technicianApp.travel.modes.${m}`)}
            </Radio>
          ))}
        </Radio.Group>
      </Form.Item>
      {HIRED.includes(mode) && (
        <Alert
          type={isUrgent ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          title={t(isUrgent ? 'technicianApp.travel.urgentOk' : 'technicianApp.travel.needReason')}
        />
      )}
      {mode === 'company_car' && (
        <Alert
          type={approved ? 'success' : waiting ? 'info' : declined ? 'error' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="car-request-state"
          title={t(
            approved
              ? 'technicianApp.travel.carApproved'
              : waiting
                ? 'technicianApp.travel.carWaiting'
                : declined
                  ? 'technicianApp.travel.carDeclined'
                  : 'technicianApp.travel.carNeeded',
          )}
          description={declined?.decisionNote ?? undefined}
        />
      )}
      {(mode !== 'company_car' || !waiting || approved) && (
        <>
          <TextField
            name="reason"
            label={t('technicianApp.reason')}
            isRequired={reasonRequired}
            rows={2}
          />
          <SubmitButton
            label={t(
              needsRequest ? 'technicianApp.travel.requestCar' : 'workOrderActions.start_travel',
            )}
            isSending={isSending}
          />
        </>
      )}
    </Form>
  );
}
