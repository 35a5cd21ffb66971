import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../../web/components/QueryError';
import { RowList } from '../../../web/components/RowList';
import { JobCard } from './components/JobCard';
import { useJobDetails, useMyOpenJobs } from './hooks/useJobQueries';
import { type JobRow, splitJobs } from './jobs/jobLists';
import { useOutbox } from './outbox/useOutbox';

type Tab = 'today' | 'later';
/** Details (address, window) are read for this many jobs, soonest first. */
const DETAILED = 30;

const localDay = (iso: string) => dayjs(iso).format('YYYY-MM-DD');

/** 我的工单 on the phone: today's jobs in route order, the rest a tap away. */
export function MyJobsPage() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<Tab>('today');
  const jobs = useMyOpenJobs();
  const { drafts } = useOutbox();
  const items = jobs.data?.items ?? [];
  const today = dayjs().format('YYYY-MM-DD');
  // The plan alone says which jobs are today's until the details bring the agreed windows.
  const planned = splitJobs(items, today, localDay).today.map((j) => j.id);
  const details = useJobDetails(
    items.slice(0, DETAILED).map((j) => j.id),
    planned,
  );
  const rows: JobRow[] = items.map((item) => {
    const detail = details.get(item.id);
    return detail ? { ...item, window: detail.window, address: detail.address } : item;
  });
  const split = splitJobs(rows, today, localDay);
  const waitingOf = (id: string) => drafts.filter((d) => d.workOrderId === id).length;
  return (
    <Flex vertical gap={12}>
      <Flex gap={8}>
        <Segmented<Tab>
          block
          size="large"
          style={{ flex: 1 }}
          value={tab}
          onChange={setTab}
          options={[
            {
              value: 'today',
              label: t('technicianApp.jobs.today', { count: split.today.length }),
            },
            {
              value: 'later',
              label: t('technicianApp.jobs.later', { count: split.later.length }),
            },
          ]}
        />
        <Button
          size="large"
          icon={<ReloadOutlined />}
          aria-label={t('common.retry')}
          loading={jobs.isFetching}
          onClick={() => void jobs.refetch()}
        />
      </Flex>
      {jobs.isError && !jobs.data ? (
        <QueryError error={jobs.error} onRetry={() => void jobs.refetch()} />
      ) : (
        <RowList
          items={split[tab]}
          rowKey={(job) => job.id}
          isLoading={jobs.isPending}
          isDivided={false}
          gap={12}
          emptyText={t(
            tab === 'today' ? 'technicianApp.jobs.noneToday' : 'technicianApp.jobs.noneLater',
          )}
          renderRow={(job) => <JobCard job={job} waiting={waitingOf(job.id)} />}
        />
      )}
      <Link to="/my-work-orders" style={{ textAlign: 'center', padding: 12 }}>
        {t('technicianApp.jobs.allOrders')}
      </Link>
    </Flex>
  );
}
