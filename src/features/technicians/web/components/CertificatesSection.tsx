import { Button, Table } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextPromptModal } from '../../../../web/components/TextPromptModal';
import type {
  TechnicianCertificateView,
  TechnicianProfileView,
} from '../../technician-profile.schemas';
import { techniciansApi } from '../api/techniciansApi';
import { useProfileMutation } from '../hooks/useProfileMutation';
import { AddCertificateForm } from './AddCertificateForm';
import { CertificateTag } from './CertificateTag';

export function CertificatesSection({
  profile,
  canManage,
}: {
  profile: TechnicianProfileView;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [cancelling, setCancelling] = useState<TechnicianCertificateView | null>(null);
  const cancel = useProfileMutation((reason: string) =>
    techniciansApi.cancelCertificate(profile.userId, cancelling?.id ?? '', reason),
  );
  const columns: TableProps<TechnicianCertificateView>['columns'] = [
    { title: t('technicians.certificateName'), dataIndex: 'name' },
    { title: t('technicians.certificateNumber'), dataIndex: 'number', responsive: ['sm'] },
    {
      title: t('technicians.status'),
      key: 'status',
      render: (_, c) => <CertificateTag certificate={c} />,
    },
  ];
  if (canManage)
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, c) => (
        <Button type="link" danger onClick={() => setCancelling(c)}>
          {t('technicians.cancelCertificate')}
        </Button>
      ),
    });
  return (
    <>
      <Table<TechnicianCertificateView>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={profile.certificates}
        pagination={false}
        locale={{ emptyText: t('technicians.noCertificates') }}
      />
      {canManage && <AddCertificateForm userId={profile.userId} />}
      <TextPromptModal
        open={cancelling !== null}
        title={t('technicians.cancelCertificateTitle', { name: cancelling?.name ?? '' })}
        label={t('technicians.cancelReason')}
        name="reason"
        maxLength={500}
        isDanger
        isSubmitting={cancel.isPending}
        onSubmit={(reason) => cancel.mutateAsync(reason)}
        onClose={() => setCancelling(null)}
      />
    </>
  );
}
