import { Card, Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import { formatCents } from '../../../../platform/format';
import type { RepairReturnView } from '../../repair-return.schemas';

type Test = NonNullable<RepairReturnView['test']>;

function QuoteState({ test }: { test: Test }) {
  const { t } = useTranslation();
  if (!test.charged) return <Tag>{t('repairReturns.test.free')}</Tag>;
  if (test.quoteApproved === true)
    return <Tag color="success">{t('repairReturns.quote.stateApproved')}</Tag>;
  if (test.quoteApproved === false)
    return <Tag color="error">{t('repairReturns.quote.stateDeclined')}</Tag>;
  return <Tag color="warning">{t('repairReturns.quote.stateWaiting')}</Tag>;
}

/** 检测: what the test found, the warranty, any quote and its answer, the expected return. */
export function TestCard({ test }: { test: Test }) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.test.card')} data-testid="test-card">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('repairReturns.test.testedBy')}>
          {test.testedBy.name} · {formatDateTime(test.testedAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.test.cause')}>
          {t(`repairReturns.cause.${test.cause}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.test.coverage')}>
          {t(`repairReturns.coverage.${test.coverage}`)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.test.expectedReturnOn')}>
          {test.expectedReturnOn ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.test.quote')}>
          {test.charged ? formatCents(test.quoteCents) : '—'} <QuoteState test={test} />
          {test.quoteDecidedAt ? ` ${formatDateTime(test.quoteDecidedAt)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.test.testResult')} span={2}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{test.testResult}</span>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}

type Handover = NonNullable<RepairReturnView['handover']>;

/** 登记备案: handed over by the technician, confirmed and registered by the returns clerk. */
export function HandoverCard({ handover }: { handover: Handover }) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.handOver.card')} data-testid="handover-card">
      <Descriptions size="small" column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('repairReturns.handOver.handedOverBy')}>
          {handover.handedOverBy.name} · {formatDateTime(handover.handedOverAt)}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.register.registeredBy')}>
          {handover.registeredBy
            ? `${handover.registeredBy.name} · ${formatDateTime(handover.registeredAt)}`
            : t('repairReturns.register.notYet')}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.register.storageLocation')}>
          {handover.storageLocation ?? '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('repairReturns.register.registrationNote')}>
          {handover.registrationNote ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
