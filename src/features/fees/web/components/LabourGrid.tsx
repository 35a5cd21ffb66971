import { Form, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { LEVELS } from '../../fees.schemas';
import { MoneyInput } from './MoneyInput';

interface CategoryRow {
  id: string;
  code: string;
  name: string;
}

/** 人工费 by product category × difficulty; an empty cell uses the level's default. */
export function LabourGrid({
  categories,
  isReadOnly,
  defaults,
}: {
  categories: CategoryRow[];
  isReadOnly: boolean;
  defaults: Record<string, number | null | undefined>;
}) {
  const { t } = useTranslation();
  return (
    <Table<CategoryRow>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={categories}
      scroll={{ x: 'max-content' }}
      columns={[
        {
          title: t('fees.category'),
          key: 'category',
          render: (_, c) => `${c.code} ${c.name}`,
        },
        ...LEVELS.map((level) => ({
          title: t(`fees.level.${level}`),
          key: String(level),
          render: (_: unknown, c: CategoryRow) => (
            <Form.Item name={['labour', c.id, String(level)]} noStyle>
              <MoneyInput
                disabled={isReadOnly}
                width={140}
                placeholder={String(defaults[String(level)] ?? '')}
              />
            </Form.Item>
          ),
        })),
      ]}
    />
  );
}
