import { InputNumber, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StockCountView } from '../../inventory.schemas';
import { type CountEdits, countedOf, differenceOf } from '../lib/stockCountEdits';

type Line = StockCountView['lines'][number];

function Difference({ value }: { value: number | null }) {
  if (value === null) return <>—</>;
  if (value === 0) return <>0</>;
  return (
    <Typography.Text type={value < 0 ? 'danger' : 'warning'} strong data-testid="difference">
      {value > 0 ? `+${value}` : value}
    </Typography.Text>
  );
}

/** The count sheet: book quantity, the counted quantity (typed while open), the difference. */
export function StockCountLinesTable({
  lines,
  edits,
  isEditable,
  onEdit,
}: {
  lines: Line[];
  edits: CountEdits;
  isEditable: boolean;
  onEdit: (partId: string, counted: number | null) => void;
}) {
  const { t } = useTranslation();
  const columns: TableProps<Line>['columns'] = [
    { title: t('inventory.parts.code'), key: 'code', render: (_, l) => l.part.code },
    { title: t('inventory.parts.name'), key: 'name', render: (_, l) => l.part.name },
    { title: t('inventory.parts.unit'), key: 'unit', render: (_, l) => l.part.unit },
    { title: t('inventory.counts.expected'), dataIndex: 'expectedQuantity', align: 'right' },
    {
      title: t('inventory.counts.counted'),
      key: 'counted',
      align: 'right',
      render: (_, l) =>
        isEditable ? (
          <InputNumber<number>
            min={0}
            max={100_000}
            precision={0}
            value={countedOf(l, edits)}
            onChange={(value) => onEdit(l.part.id, value ?? null)}
            aria-label={t('inventory.counts.countedOf', { name: l.part.name })}
            data-testid="counted"
            data-part={l.part.code}
          />
        ) : (
          (countedOf(l, edits) ?? '—')
        ),
    },
    {
      title: t('inventory.counts.difference'),
      key: 'difference',
      align: 'right',
      render: (_, l) => <Difference value={differenceOf(l, edits)} />,
    },
  ];
  return (
    <Table<Line>
      rowKey={(l) => l.part.id}
      size="small"
      columns={columns}
      dataSource={lines}
      pagination={false}
      scroll={{ x: 'max-content' }}
      data-testid="count-lines"
    />
  );
}
