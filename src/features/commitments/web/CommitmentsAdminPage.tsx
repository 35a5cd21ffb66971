import { Card, Spin, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSessionUser } from '../../../web/auth/useSessionUser';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { formatDateTime } from '../../../web/lib/formatDateTime';
import { hasPermission } from '../../accounts/roles';
import { CalendarPanel } from './components/CalendarPanel';
import { CommitmentsForm } from './components/CommitmentsForm';
import { DeadlinePreviewPanel } from './components/DeadlinePreviewPanel';
import { PublicProfileCard } from './components/PublicProfileCard';
import { useCommitments } from './hooks/useCommitments';

/** 服务承诺: limits, cadences, hours, promises, the business calendar and the public page. */
export function CommitmentsAdminPage() {
  const { t } = useTranslation();
  const canManage = hasPermission(useSessionUser().roles, 'policies.manage');
  const commitments = useCommitments();
  if (commitments.isError) {
    return (
      <Card>
        <QueryError error={commitments.error} onRetry={() => void commitments.refetch()} />
      </Card>
    );
  }
  const view = commitments.data;
  return (
    <Card>
      <PageTitle title={t('commitments.title')} />
      {!view ? (
        <Spin />
      ) : (
        <>
          <Typography.Paragraph type="secondary">
            {view.version === 0
              ? t('commitments.usingDefaults')
              : t('commitments.savedAt', { at: formatDateTime(view.updatedAt) })}
          </Typography.Paragraph>
          <Tabs
            items={[
              {
                key: 'rules',
                label: t('commitments.tabRules'),
                children: (
                  <CommitmentsForm
                    view={view}
                    canManage={canManage}
                    onConflict={() => void commitments.refetch()}
                  />
                ),
              },
              {
                key: 'calendar',
                label: t('commitments.tabCalendar'),
                children: <CalendarPanel canManage={canManage} />,
              },
              {
                key: 'preview',
                label: t('commitments.tabPreview'),
                children: <DeadlinePreviewPanel zones={view.content.zones} />,
              },
              {
                key: 'public',
                label: t('commitments.tabPublic'),
                children: <PublicProfileCard profile={view.publicProfile} canManage={canManage} />,
              },
            ]}
          />
        </>
      )}
    </Card>
  );
}
