import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../../../web/components/PageTitle';
import { QueryError } from '../../../web/components/QueryError';
import { TechnicianDrawer } from './components/TechnicianDrawer';
import { TechnicianTable } from './components/TechnicianTable';
import { useTechnicianProfiles } from './hooks/useTechnicianProfiles';

/** Technicians with skills, certificates and shifts; the open one is in the URL (?technician=). */
export function TechnicianListPage() {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const profiles = useTechnicianProfiles();
  const openId = searchParams.get('technician') ?? undefined;
  const open = (id: string | undefined) =>
    setSearchParams((params) => {
      if (id) params.set('technician', id);
      else params.delete('technician');
      return params;
    });
  return (
    <Card>
      <PageTitle title={t('technicians.title')} />
      {profiles.isError ? (
        <QueryError error={profiles.error} onRetry={() => void profiles.refetch()} />
      ) : (
        <TechnicianTable
          profiles={profiles.data ?? []}
          isLoading={profiles.isFetching}
          onOpen={(p) => open(p.userId)}
        />
      )}
      <TechnicianDrawer
        open={Boolean(openId)}
        profile={profiles.data?.find((p) => p.userId === openId)}
        onClose={() => open(undefined)}
      />
    </Card>
  );
}
