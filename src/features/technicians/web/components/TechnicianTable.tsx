import { Button, Flex, Table, Typography } from 'antd';
import type { TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { TechnicianProfileView } from '../../technician-profile.schemas';
import { CertificateTag } from './CertificateTag';
import { formatShift, formatWorkDays } from './formatShift';
import { SkillTags } from './SkillTags';

interface Props {
  profiles: TechnicianProfileView[];
  isLoading: boolean;
  onOpen: (profile: TechnicianProfileView) => void;
}

export function TechnicianTable({ profiles, isLoading, onOpen }: Props) {
  const { t } = useTranslation();
  const columns: TableProps<TechnicianProfileView>['columns'] = [
    {
      title: t('technicians.name'),
      dataIndex: 'displayName',
      render: (name: string, p) => (
        <Flex vertical>
          {name}
          <Typography.Text type="secondary">{p.phone}</Typography.Text>
        </Flex>
      ),
    },
    {
      title: t('technicians.skills'),
      key: 'skills',
      render: (_, p) => <SkillTags skills={p.skills} />,
    },
    {
      title: t('technicians.certificates'),
      key: 'certificates',
      render: (_, p) =>
        p.certificates.length === 0 ? (
          <Typography.Text type="secondary">{t('technicians.noCertificates')}</Typography.Text>
        ) : (
          <Flex vertical gap={4} align="start">
            {p.certificates.map((c) => (
              <CertificateTag key={c.id} certificate={c} />
            ))}
          </Flex>
        ),
    },
    {
      title: t('technicians.shift'),
      key: 'shift',
      render: (_, p) => (
        <Flex vertical>
          {formatShift(p.shiftStart, p.shiftEnd)}
          <Typography.Text type="secondary">{formatWorkDays(p.workDays, t)}</Typography.Text>
        </Flex>
      ),
    },
    { title: t('technicians.base'), dataIndex: 'baseLabel', responsive: ['md'] },
    {
      title: t('technicians.lastSeen'),
      dataIndex: 'lastSeenAt',
      responsive: ['lg'],
      render: (value: string | null) => formatDateTime(value),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      render: (_, p) => (
        <Button type="link" onClick={() => onOpen(p)}>
          {t('technicians.view')}
        </Button>
      ),
    },
  ];
  return (
    <Table<TechnicianProfileView>
      rowKey="userId"
      columns={columns}
      dataSource={profiles}
      loading={isLoading}
      pagination={false}
      scroll={{ x: 'max-content' }}
    />
  );
}
