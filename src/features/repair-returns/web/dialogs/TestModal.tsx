import { Alert, DatePicker, Form, Input, InputNumber, Radio, Select, Space, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { WarrantyTag } from '../../../../web/components/WarrantyTag';
import { centsToYuan, yuanToCents } from '../../../../platform/format';
import { testBody, type RepairReturnView } from '../../repair-return.schemas';
import {
  CHASE_COVERAGES,
  RETURN_CAUSES,
  type ChaseCoverage,
  type ReturnCause,
} from '../../repair-return.states';
import { repairReturnsApi } from '../api/repairReturnsApi';
import { SchemaFormModal } from '../components/SchemaFormModal';
import { useAssetWarranty } from '../hooks/useLookups';
import { coverageOfWarranty, isCharged } from '../lib/testCharge';
import { useStep } from './useStep';

interface Values {
  testResult: string;
  cause?: ReturnCause;
  coverage?: ChaseCoverage;
  quoteYuan?: number | null;
  expectedReturnOn?: Dayjs | null;
  urgent: boolean;
}

/**
 * 检测: results, cause, the warranty (from the device when on file), a quote when charged,
 * and the expected return date. A charged item goes on to wait for the customer's answer.
 */
export function TestModal({
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
  const warranty = useAssetWarranty(open ? (rr.asset?.id ?? undefined) : undefined);
  const deviceCoverage = rr.asset ? coverageOfWarranty(warranty.data?.state) : null;
  // The warranty is asked for when no device is on file, or its warranty says nothing.
  const needsCoverage =
    !rr.asset || warranty.isError || (warranty.isSuccess && deviceCoverage === null);
  return (
    <SchemaFormModal<Values, typeof testBody>
      name="return-test"
      title={t('repairReturns.test.title', { number: rr.number })}
      okText={t('repairReturns.test.submit')}
      width={640}
      open={open}
      onClose={onClose}
      schema={testBody}
      fieldOf={{ quoteCents: 'quoteYuan' }}
      errorFieldOf={{ RETURN_QUOTE_MISSING: 'quoteYuan', RETURN_COVERAGE_MISSING: 'coverage' }}
      initialValues={{
        testResult: rr.test?.testResult ?? '',
        cause: rr.test?.cause,
        coverage: rr.test?.coverage,
        quoteYuan: centsToYuan(rr.test?.quoteCents ?? null),
        expectedReturnOn: rr.test?.expectedReturnOn ? dayjs(rr.test.expectedReturnOn) : null,
        urgent: rr.urgent,
      }}
      toBody={(v) => ({
        version: rr.version,
        testResult: v.testResult?.trim() ?? '',
        cause: v.cause as ReturnCause,
        ...(needsCoverage && v.coverage ? { coverage: v.coverage } : {}),
        ...(v.quoteYuan === null || v.quoteYuan === undefined
          ? {}
          : { quoteCents: yuanToCents(v.quoteYuan) }),
        expectedReturnOn: v.expectedReturnOn?.format('YYYY-MM-DD') ?? '',
        urgent: v.urgent,
      })}
      submit={(body, key) =>
        step(() => repairReturnsApi.test(rr.id, body, key), t('repairReturns.test.done'))
      }
    >
      <Form.Item name="testResult" label={t('repairReturns.test.testResult')} required>
        <Input.TextArea rows={4} showCount maxLength={4000} />
      </Form.Item>
      <Form.Item name="cause" label={t('repairReturns.test.cause')} required>
        <Radio.Group
          optionType="button"
          options={RETURN_CAUSES.map((c) => ({
            value: c,
            label: t(`repairReturns.cause.${c}`),
          }))}
        />
      </Form.Item>
      {rr.asset && (
        <Form.Item label={t('repairReturns.test.deviceWarranty')}>
          <Space>
            <WarrantyTag warranty={warranty.data ?? null} />
            {!needsCoverage && <span>{t('repairReturns.test.coverageFromDevice')}</span>}
          </Space>
        </Form.Item>
      )}
      {needsCoverage && (
        <Form.Item
          name="coverage"
          label={t('repairReturns.test.coverage')}
          extra={t('repairReturns.test.coverageHelp')}
        >
          <Select
            allowClear
            options={CHASE_COVERAGES.map((c) => ({
              value: c,
              label: t(`repairReturns.coverage.${c}`),
            }))}
          />
        </Form.Item>
      )}
      <Form.Item noStyle shouldUpdate>
        {({ getFieldValue }) => {
          const charged = isCharged(
            getFieldValue('cause') as ReturnCause | undefined,
            needsCoverage
              ? (getFieldValue('coverage') as ChaseCoverage | undefined)
              : deviceCoverage,
          );
          return (
            <>
              {charged && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ marginBottom: 16 }}
                  message={t('repairReturns.test.chargedHint')}
                  data-testid="charged-hint"
                />
              )}
              <Form.Item
                name="quoteYuan"
                label={t('repairReturns.test.quote')}
                required={charged === true}
                extra={charged === false ? t('repairReturns.test.quoteNotNeeded') : undefined}
              >
                <InputNumber min={0} precision={2} prefix="¥" style={{ width: 200 }} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
      <Form.Item
        name="expectedReturnOn"
        label={t('repairReturns.test.expectedReturnOn')}
        required
        extra={t('repairReturns.test.expectedReturnHelp')}
      >
        <DatePicker
          style={{ width: 200 }}
          disabledDate={(day) => day.isBefore(dayjs(), 'day')}
          data-testid="expected-return-on"
        />
      </Form.Item>
      <Form.Item name="urgent" label={t('repairReturns.test.urgent')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </SchemaFormModal>
  );
}
