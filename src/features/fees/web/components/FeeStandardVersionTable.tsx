import { Button, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { FeeStandardSummary } from '../../fees.schemas';

interface Props {
  versions: FeeStandardSummary[];
  isLoading: boolean;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** Every version, newest first: which is a draft, which is in effect, who published it. */
export function FeeStandardVersionTable({ versions, isLoading, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<FeeStandardSummary>['columns'] = [
    {
      title: t('fees.version'),
      dataIndex: 'version',
      render: (version: number) => t('fees.versionValue', { version }),
    },
    {
      title: t('fees.status'),
      key: 'status',
      render: (_, s) => (
        <>
          {s.status === 'draft' ? (
            <Tag color="orange">{t('fees.statusDraft')}</Tag>
          ) : (
            <Tag>{t('fees.statusPublished')}</Tag>
          )}
          {s.isInEffect && <Tag color="green">{t('fees.inEffect')}</Tag>}
        </>
      ),
    },
    { title: t('fees.effectiveFrom'), dataIndex: 'effectiveFrom' },
    {
      title: t('fees.publishedBy'),
      key: 'publishedBy',
      render: (_, s) =>
        s.publishedByName ? `${s.publishedByName} ${formatDateTime(s.publishedAt)}` : '',
    },
    { title: t('fees.note'), dataIndex: 'note' },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, s) => (
        <Button type="link" disabled={s.id === selectedId} onClick={() => onSelect(s.id)}>
          {s.status === 'draft' ? t('fees.editDraft') : t('fees.view')}
        </Button>
      ),
    },
  ];
  return (
    <Table<FeeStandardSummary>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={versions}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: t('fees.noVersions') }}
    />
  );
}
