import { Checkbox, DatePicker, Form, Input, Radio, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { chaseBody, noticeBody, type NoticeView } from '../../follow-up.schemas';
import type { RepairReturnView } from '../../repair-return.schemas';
import { NOTICE_CHANNELS, type NoticeChannel } from '../../repair-return.states';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { useAvailableLoaners } from '../hooks/useLookups';
import { REQUIRED } from './fieldRules';
import { useStep } from './useStep';

interface ChaseValues {
  contactName?: string;
  answer?: string;
  promisedOn?: Dayjs | null;
}

/** 催促: the clerk called the vendor; whom they spoke to, the answer, any promised date. */
export function ChaseModal({
  rr,
  open,
  onClose,
}: {
  rr: RepairReturnView;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useStep(rr);
  const last = rr.chases.at(-1);
  return (
    <SchemaFormModal<ChaseValues, typeof chaseBody>
      name="return-chase"
      title={t('repairReturns.chase.recordTitle', { vendor: rr.vendor?.name ?? '' })}
      okText={t('repairReturns.chase.record')}
      open={open}
      onClose={onClose}
      schema={chaseBody}
      initialValues={{ contactName: last?.contactName }}
      toBody={(v) => ({
        contactName: v.contactName?.trim() ?? '',
        answer: v.answer?.trim() ?? '',
        promisedOn: v.promisedOn ? v.promisedOn.format('YYYY-MM-DD') : undefined,
      })}
      submit={(body, key) =>
        step(() => repairReturnsApi.chase(rr.id, body, key), t('repairReturns.chase.recorded'))
      }
    >
      <Form.Item name="contactName" label={t('repairReturns.chase.contactName')} {...REQUIRED}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="answer" label={t('repairReturns.chase.answer')} {...REQUIRED}>
        <Input.TextArea rows={3} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="promisedOn"
        label={t('repairReturns.chase.promisedOn')}
        extra={t('repairReturns.chase.promisedOnHelp')}
      >
        <DatePicker style={{ width: 200 }} />
      </Form.Item>
    </SchemaFormModal>
  );
}

interface NoticeValues {
  channel: NoticeChannel;
  message?: string;
  customerAnswer?: string;
  loanerOffered: boolean;
  lendNow: boolean;
  loanerUnitId?: string;
  dueOn?: Dayjs | null;
  conditionOut?: string;
}

/** The 14-day notice as given: how, what was said, the answer, and a loaner if one is lent. */
export function NoticeModal({
  rr,
  notice,
  onClose,
}: {
  rr: RepairReturnView;
  /** The open notice being recorded; null keeps the dialog closed. */
  notice: NoticeView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const step = useStep(rr);
  const loaners = useAvailableLoaners(notice !== null);
  return (
    <SchemaFormModal<NoticeValues, typeof noticeBody>
      name="return-notice"
      title={t('repairReturns.notice.recordTitle')}
      okText={t('repairReturns.notice.record')}
      width={600}
      open={notice !== null}
      onClose={onClose}
      schema={noticeBody}
      fieldOf={{
        'loan.loanerUnitId': 'loanerUnitId',
        'loan.dueOn': 'dueOn',
        'loan.conditionOut': 'conditionOut',
      }}
      initialValues={{
        channel: 'phone',
        loanerOffered: false,
        lendNow: false,
        message: t('repairReturns.notice.defaultMessage', {
          number: rr.number,
          date: rr.test?.expectedReturnOn ?? '—',
        }),
        dueOn: dayjs(rr.test?.expectedReturnOn ?? undefined).add(7, 'day'),
      }}
      toBody={(v) => ({
        channel: v.channel,
        message: v.message?.trim() ?? '',
        customerAnswer: v.customerAnswer?.trim() ?? '',
        loanerOffered: v.loanerOffered,
        loan:
          v.loanerOffered && v.lendNow
            ? {
                loanerUnitId: v.loanerUnitId ?? '',
                dueOn: v.dueOn?.format('YYYY-MM-DD') ?? '',
                conditionOut: v.conditionOut?.trim() || undefined,
              }
            : undefined,
      })}
      submit={(body, key) =>
        step(
          () => repairReturnsApi.recordNotice(rr.id, notice?.id ?? '', body, key),
          t('repairReturns.notice.recorded'),
        )
      }
    >
      <Form.Item name="channel" label={t('repairReturns.notice.channel')} {...REQUIRED}>
        <Radio.Group
          optionType="button"
          options={NOTICE_CHANNELS.map((c) => ({
            value: c,
            label: t(`repairReturns.notice.channels.${c}`),
          }))}
        />
      </Form.Item>
      <Form.Item name="message" label={t('repairReturns.notice.message')} {...REQUIRED}>
        <Input.TextArea rows={3} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="customerAnswer"
        label={t('repairReturns.notice.customerAnswer')}
        {...REQUIRED}
      >
        <Input.TextArea rows={2} showCount maxLength={1000} />
      </Form.Item>
      <Form.Item
        name="loanerOffered"
        label={t('repairReturns.notice.loanerOffered')}
        valuePropName="checked"
      >
        <Switch data-testid="loaner-offered" />
      </Form.Item>
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) =>
          getFieldValue('loanerOffered') && (
            <>
              <Form.Item name="lendNow" valuePropName="checked">
                <Checkbox>{t('repairReturns.notice.lendNow')}</Checkbox>
              </Form.Item>
              {getFieldValue('lendNow') && (
                <>
                  <Form.Item
                    name="loanerUnitId"
                    label={t('repairReturns.notice.loaner')}
                    {...REQUIRED}
                  >
                    <Select
                      showSearch={{ optionFilterProp: 'label' }}
                      loading={loaners.isFetching}
                      notFoundContent={t('repairReturns.notice.noLoaners')}
                      options={(loaners.data ?? []).map((l) => ({
                        value: l.id,
                        label: `${l.code} · ${l.model.name} · ${l.serialNumber}`,
                      }))}
                    />
                  </Form.Item>
                  <Form.Item name="dueOn" label={t('repairReturns.notice.loanDueOn')} {...REQUIRED}>
                    <DatePicker
                      style={{ width: 200 }}
                      disabledDate={(day) => day.isBefore(dayjs(), 'day')}
                    />
                  </Form.Item>
                  <Form.Item name="conditionOut" label={t('repairReturns.notice.conditionOut')}>
                    <Input maxLength={500} />
                  </Form.Item>
                </>
              )}
            </>
          )
        }
      </Form.Item>
    </SchemaFormModal>
  );
}
