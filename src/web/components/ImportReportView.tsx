import { Alert, Flex, Statistic, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportReport, RowFailureView } from '../../features/imports/import.schemas';

/** The counts, and every refused row with its number and reason in the current language. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const { t, i18n } = useTranslation();
  const isEnglish = i18n.language === 'en';
  const references = report.createdDepartments + report.createdBrands + report.createdModels;
  return (
    <Flex vertical gap={12}>
      <Typography.Text strong>
        {report.dryRun ? t('imports.dryRunTitle') : t('imports.resultTitle')}
      </Typography.Text>
      <Flex gap={32} wrap>
        <Statistic title={t('imports.total')} value={report.total} />
        <Statistic title={t('imports.created')} value={report.created} />
        <Statistic title={t('imports.updated')} value={report.updated} />
        <Statistic
          title={t('imports.failed')}
          value={report.failed.length}
          styles={report.failed.length ? { content: { color: '#cf1322' } } : undefined}
        />
      </Flex>
      {references > 0 && (
        <Typography.Text type="secondary">
          {t('imports.createdReferences', {
            departments: report.createdDepartments,
            brands: report.createdBrands,
            models: report.createdModels,
          })}
        </Typography.Text>
      )}
      {report.failed.length === 0 ? (
        <Alert type="success" showIcon title={t('imports.allGood')} />
      ) : (
        <Table<RowFailureView>
          size="small"
          rowKey={(failure) => `${failure.row}-${failure.code}-${failure.column ?? ''}`}
          dataSource={report.failed}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          columns={[
            { title: t('imports.row'), dataIndex: 'row', width: 80 },
            { title: t('imports.column'), dataIndex: 'column', width: 140 },
            {
              title: t('imports.reason'),
              render: (_, failure) => (isEnglish ? failure.reasonEn : failure.reasonZh),
            },
          ]}
        />
      )}
    </Flex>
  );
}
