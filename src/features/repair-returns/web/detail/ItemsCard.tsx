import { Card, Flex, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RepairReturnItemView, RepairReturnView } from '../../repair-return.schemas';
import { SignatureImage } from './SignatureImage';

/** What was taken, in what condition, with what accessories, and the customer's signature. */
export function ItemsCard({ rr }: { rr: RepairReturnView }) {
  const { t } = useTranslation();
  return (
    <Card title={t('repairReturns.items.title')}>
      <Table<RepairReturnItemView>
        rowKey="seq"
        size="small"
        pagination={false}
        dataSource={rr.items}
        scroll={{ x: 'max-content' }}
        columns={[
          { title: '#', dataIndex: 'seq', width: 48 },
          { title: t('repairReturns.items.description'), dataIndex: 'description' },
          {
            title: t('repairReturns.items.serialNumber'),
            dataIndex: 'serialNumber',
            render: (v: string | null) => v ?? '—',
          },
          { title: t('repairReturns.items.condition'), dataIndex: 'condition' },
          {
            title: t('repairReturns.items.accessories'),
            dataIndex: 'accessories',
            render: (v: string | null) => v ?? '—',
          },
        ]}
      />
      <Flex vertical gap={4} style={{ marginTop: 16 }}>
        <Typography.Text type="secondary">{t('repairReturns.items.signature')}</Typography.Text>
        <SignatureImage url={rr.signatureImageUrl} />
      </Flex>
    </Card>
  );
}
