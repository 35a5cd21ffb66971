import { Descriptions, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuoteLine, QuoteView } from '../../fees.schemas';
import { CoverageTags } from '../../../warranty/web/components/CoverageTags';
import { formatCents } from '../../../../platform/format';

/** A priced job: each line's amount split into what the warranty frees and what is charged. */
export function QuoteResult({
  quote,
  zoneName,
}: {
  quote: QuoteView;
  zoneName: (code: string) => string;
}) {
  const { t } = useTranslation();
  const describe = (line: QuoteLine) => {
    if (line.kind === 'labour') return `${line.description} · ${t(`fees.level.${quote.level}`)}`;
    if (line.kind === 'travel') return zoneName(line.description);
    return line.description;
  };
  const state =
    quote.warrantyState === 'manual'
      ? t('fees.manual')
      : t(`warranty.state.${quote.warrantyState as 'expired'}`);
  return (
    <>
      <Descriptions size="small" column={1} style={{ marginBottom: 12 }}>
        <Descriptions.Item label={t('fees.warrantyApplied')}>
          <Tag>{state}</Tag> <CoverageTags coverage={quote.coverage} />
        </Descriptions.Item>
        <Descriptions.Item label={t('fees.version')}>
          {t('fees.standardUsed', { version: quote.feeStandardVersion })}
        </Descriptions.Item>
      </Descriptions>
      <Table<QuoteLine>
        size="small"
        rowKey={(_, i) => String(i)}
        pagination={false}
        dataSource={quote.lines}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: t('fees.item'), key: 'kind', render: (_, l) => t(`fees.kind.${l.kind}`) },
          { title: t('fees.note'), key: 'description', render: (_, l) => describe(l) },
          {
            title: t('fees.amount'),
            dataIndex: 'amountCents',
            align: 'right',
            render: formatCents,
          },
          {
            title: t('fees.covered'),
            dataIndex: 'coveredCents',
            align: 'right',
            render: formatCents,
          },
          {
            title: t('fees.charged'),
            dataIndex: 'chargedCents',
            align: 'right',
            render: formatCents,
          },
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={2}>
              <Typography.Text strong>{t('fees.total')}</Typography.Text>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatCents(quote.totals.grossCents)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              {formatCents(quote.totals.coveredCents)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              <Typography.Text strong>{formatCents(quote.totals.chargedCents)}</Typography.Text>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </>
  );
}
