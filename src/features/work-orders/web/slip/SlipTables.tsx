import { Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { QuoteLine } from '../../../fees/fees.schemas';
import type { SlipPart, SlipView, SlipVisit } from '../../slip/slip.schemas';
import { documentTime, formatCents } from '../../../../platform/format';

const small = { size: 'small', pagination: false, scroll: { x: 'max-content' } } as const;
/** Rows keyed by position: a slip's lists never reorder, and names may repeat. */
const keyed = <T,>(rows: readonly T[]) => rows.map((row, key) => ({ ...row, key }));
const amount = (cents: number | null) => (cents === null ? '—' : formatCents(cents));

export function SlipVisitsTable({ slip }: { slip: SlipView }) {
  const { t } = useTranslation();
  const at = (iso: string | null) => documentTime(iso, slip.timeZone) || '—';
  const columns: TableProps<SlipVisit>['columns'] = [
    { title: t('slip.visitSeq'), dataIndex: 'seq' },
    { title: t('slip.technician'), dataIndex: 'technician' },
    {
      title: t('slip.travelMode'),
      dataIndex: 'travelMode',
      render: (_, v) => t(`slip.travelModes.${v.travelMode}`),
    },
    {
      title: t('slip.travelCost'),
      dataIndex: 'travelCostCents',
      align: 'right',
      render: (_, v) => amount(v.travelCostCents),
    },
    { title: t('slip.travelStartedAt'), key: 'start', render: (_, v) => at(v.travelStartedAt) },
    { title: t('slip.arrivedAt'), key: 'arrived', render: (_, v) => at(v.arrivedAt) },
    { title: t('slip.leftAt'), key: 'left', render: (_, v) => at(v.leftAt) },
    {
      title: t('slip.visitOutcome'),
      key: 'outcome',
      render: (_, v) => (v.outcome ? t(`slip.outcomes.${v.outcome}`) : '—'),
    },
  ];
  return <Table<SlipVisit> {...small} rowKey="seq" columns={columns} dataSource={slip.visits} />;
}

export function SlipPartsTable({ parts }: { parts: SlipPart[] }) {
  const { t } = useTranslation();
  if (parts.length === 0) return <Typography.Text>{t('slip.noParts')}</Typography.Text>;
  const columns: TableProps<SlipPart>['columns'] = [
    { title: t('slip.partName'), dataIndex: 'name' },
    {
      title: t('slip.partNumber'),
      dataIndex: 'partNumber',
      render: (v: string | null) => v ?? '—',
    },
    { title: t('slip.quantity'), dataIndex: 'quantity', align: 'right' },
    {
      title: t('slip.unitPrice'),
      dataIndex: 'unitPriceCents',
      align: 'right',
      render: (v: number) => formatCents(v),
    },
    {
      title: t('slip.amount'),
      dataIndex: 'amountCents',
      align: 'right',
      render: (v: number) => formatCents(v),
    },
    {
      title: t('slip.covered'),
      dataIndex: 'covered',
      render: (v: boolean) => (v ? t('slip.yes') : t('slip.no')),
    },
  ];
  return (
    <Table<SlipPart>
      {...small}
      columns={columns}
      dataSource={keyed(parts)}
      data-testid="slip-parts"
    />
  );
}

/** The note under the charges: where the amounts come from and what the customer decided. */
export function chargesNoteKey(charges: SlipView['charges']) {
  if (charges.source === 'parts') return 'slip.chargesFromParts' as const;
  if (charges.decision === 'approved') return 'slip.quoteApproved' as const;
  if (charges.decision === 'declined') return 'slip.quoteDeclined' as const;
  return 'slip.quotePending' as const;
}

export function SlipChargesTable({ charges }: { charges: SlipView['charges'] }) {
  const { t } = useTranslation();
  const columns: TableProps<QuoteLine>['columns'] = [
    {
      title: t('slip.lineItem'),
      key: 'item',
      render: (_, l) => `${t(`slip.lineKind.${l.kind}`)} ${l.description}`,
    },
    { title: t('slip.amount'), dataIndex: 'amountCents', align: 'right', render: formatCents },
    {
      title: t('slip.coveredAmount'),
      dataIndex: 'coveredCents',
      align: 'right',
      render: formatCents,
    },
    { title: t('slip.charged'), dataIndex: 'chargedCents', align: 'right', render: formatCents },
  ];
  const { totals } = charges;
  return (
    <>
      <Table<QuoteLine>
        {...small}
        columns={columns}
        dataSource={keyed(charges.lines)}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <strong>{t('slip.total')}</strong>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {formatCents(totals.grossCents)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {formatCents(totals.coveredCents)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <strong>{formatCents(totals.chargedCents)}</strong>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Typography.Paragraph style={{ marginTop: 8, display: 'flex', flexWrap: 'wrap', gap: 8 }}>
        <Typography.Text type="secondary">{t(chargesNoteKey(charges))}</Typography.Text>
        <Typography.Text strong style={{ marginLeft: 'auto' }} data-testid="slip-charged-total">
          {t('slip.chargedTotal', { amount: formatCents(totals.chargedCents) })}
        </Typography.Text>
      </Typography.Paragraph>
    </>
  );
}

type TakenBackItem = NonNullable<SlipView['takenBack']>['items'][number];

export function SlipTakenBackTable({
  takenBack,
}: {
  takenBack: NonNullable<SlipView['takenBack']>;
}) {
  const { t } = useTranslation();
  const columns: TableProps<TakenBackItem>['columns'] = [
    { title: t('slip.item'), dataIndex: 'description' },
    { title: t('slip.serialNumber'), dataIndex: 'serialNumber', render: (v) => v ?? '—' },
    { title: t('slip.condition'), dataIndex: 'condition' },
    { title: t('slip.accessories'), dataIndex: 'accessories', render: (v) => v ?? '—' },
  ];
  return <Table<TakenBackItem> {...small} columns={columns} dataSource={keyed(takenBack.items)} />;
}
