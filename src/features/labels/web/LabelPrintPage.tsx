import { DownloadOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Row, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { type CustomerView } from '../../customers/customer.schemas';
import { CustomerSearchSelect } from '../../customers/web';
import { DEFAULT_LABEL_FIELDS, LABEL_PRESETS } from '../labels.schemas';
import { LabelAssetTable } from './components/LabelAssetTable';
import { LabelLayoutFields, type LabelLayoutValues } from './components/LabelLayoutFields';
import { useLabelAssets } from './hooks/useLabelAssets';
import { usePrintLabels } from './hooks/usePrintLabels';

const INITIAL_LAYOUT: LabelLayoutValues = {
  ...LABEL_PRESETS[0],
  includeFields: DEFAULT_LABEL_FIELDS,
  cutLines: false,
};

/** 打印二维码标签: a customer's (or department's) devices on A4 label paper. */
export function LabelPrintPage() {
  const { t } = useTranslation();
  const [form] = Form.useForm<LabelLayoutValues>();
  const [customer, setCustomer] = useState<CustomerView>();
  const [departmentId, setDepartmentId] = useState<string>();
  const assets = useLabelAssets(customer?.id, departmentId);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const print = usePrintLabels();
  const { clear } = print;
  // A new list starts fully ticked; an old PDF no longer matches it.
  useEffect(() => {
    setSelectedIds((assets.data ?? []).map((asset) => asset.id));
    clear();
  }, [assets.data, clear]);
  const total = assets.data?.length ?? 0;

  const generate = async () => {
    if (!customer) return;
    const layout = await form.validateFields();
    print.mutate({
      customerId: customer.id,
      departmentId,
      // All of them: let the server pick them, so a device added meanwhile is printed too.
      assetIds: selectedIds.length === total ? undefined : selectedIds,
      grid: { columns: layout.columns, rows: layout.rows },
      marginMm: layout.marginMm,
      includeFields: layout.includeFields,
      cutLines: layout.cutLines,
    });
  };

  return (
    <Card>
      <PageTitle title={t('labels.title')} />
      <Typography.Paragraph type="secondary">{t('labels.intro')}</Typography.Paragraph>
      <Row gutter={24}>
        <Col xs={24} lg={15}>
          <Space wrap style={{ marginBottom: 16 }}>
            <Space direction="vertical" size={2}>
              <Typography.Text>{t('labels.customer')}</Typography.Text>
              <div style={{ minWidth: 280 }} data-testid="label-customer">
                <CustomerSearchSelect
                  value={customer?.id}
                  onPick={(picked) => {
                    setCustomer(picked);
                    setDepartmentId(undefined);
                  }}
                />
              </div>
            </Space>
            <Space direction="vertical" size={2}>
              <Typography.Text>{t('labels.department')}</Typography.Text>
              <Select
                size="large"
                style={{ minWidth: 200 }}
                allowClear
                disabled={!customer}
                value={departmentId}
                placeholder={t('labels.allDepartments')}
                onChange={(id: string | undefined) => setDepartmentId(id)}
                options={(customer?.departments ?? []).map((d) => ({ value: d.id, label: d.name }))}
                data-testid="label-department"
              />
            </Space>
          </Space>
          <Typography.Title level={5}>
            {t('labels.assets')}{' '}
            {customer && (
              <Typography.Text type="secondary">
                {t('labels.selected', { selected: selectedIds.length, total })}
              </Typography.Text>
            )}
          </Typography.Title>
          {!customer ? (
            <Alert type="info" showIcon message={t('labels.pickCustomer')} />
          ) : assets.isError ? (
            <QueryError error={assets.error} onRetry={() => void assets.refetch()} />
          ) : (
            <LabelAssetTable
              assets={assets.data ?? []}
              isLoading={assets.isFetching}
              selectedIds={selectedIds}
              onSelect={setSelectedIds}
            />
          )}
        </Col>
        <Col xs={24} lg={9}>
          <Typography.Title level={5}>{t('labels.layout')}</Typography.Title>
          <Form form={form} layout="vertical" initialValues={INITIAL_LAYOUT}>
            <LabelLayoutFields />
          </Form>
          <Space wrap>
            <Button
              type="primary"
              icon={<PrinterOutlined />}
              disabled={!customer || selectedIds.length === 0}
              loading={print.isPending}
              onClick={() => void generate()}
              data-testid="label-generate"
            >
              {t('labels.generate')}
            </Button>
            {print.pdfUrl && (
              <>
                <Button icon={<FilePdfOutlined />} href={print.pdfUrl} target="_blank">
                  {t('labels.openPdf')}
                </Button>
                <Button icon={<DownloadOutlined />} href={print.pdfUrl} download="qr-labels.pdf">
                  {t('labels.download')}
                </Button>
              </>
            )}
          </Space>
          {print.pdfUrl && (
            <Alert
              style={{ marginTop: 12 }}
              type="success"
              showIcon
              message={t('labels.generated', { count: selectedIds.length })}
            />
          )}
        </Col>
      </Row>
    </Card>
  );
}
