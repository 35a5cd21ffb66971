import { Alert, App, Button, Flex, Popconfirm, Select, Table, Tag } from 'antd';
import type { TableProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { QueryError } from '../../../../web/components/QueryError';
import { useShowError } from '../../../../web/api/useShowError';
import { WEEKDAYS } from '../../commitments-content.schemas';
import type { CalendarDayView } from '../../commitments.schemas';
import { commitmentsApi } from '../api/commitmentsApi';
import { useCalendar, useCalendarMutation } from '../hooks/useCalendar';
import { CalendarDayForm } from './CalendarDayForm';

/** Monday-first index into WEEKDAYS. */
const weekdayOf = (day: string) => WEEKDAYS[(new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7]!;

/** A year's holidays and 调休 workdays: add, remove, or load the shipped Chinese defaults. */
export function CalendarPanel({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const showError = useShowError();
  const [year, setYear] = useState(() => new Date().getFullYear());
  const calendar = useCalendar(year);
  const remove = useCalendarMutation((day: string) => commitmentsApi.deleteDay(day));
  const load = useCalendarMutation((y: number) => commitmentsApi.loadDefaults(y));
  const defaults = calendar.data?.defaultYears.find((d) => d.year === year);
  const years = [...new Set([year - 1, year, year + 1, 2026, 2027])].sort();
  const columns: TableProps<CalendarDayView>['columns'] = [
    { title: t('commitments.day'), dataIndex: 'day' },
    {
      title: t('commitments.weekday'),
      dataIndex: 'day',
      key: 'weekday',
      render: (day: string) => t(`commitments.weekdays.${weekdayOf(day)}`),
    },
    {
      title: t('commitments.dayKind'),
      dataIndex: 'kind',
      render: (kind: CalendarDayView['kind']) => (
        <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(`commitments.kinds.${kind}`)}</Tag>
      ),
    },
    { title: t('commitments.dayName'), dataIndex: 'name' },
  ];
  if (canManage) {
    columns.push({
      title: t('common.actions'),
      key: 'actions',
      render: (_, d) => (
        <Popconfirm
          title={t('commitments.removeDayConfirm', { day: d.day })}
          okText={t('common.confirm')}
          cancelText={t('common.cancel')}
          onConfirm={() => remove.mutateAsync(d.day).catch(showError)}
        >
          <Button type="link" danger>
            {t('commitments.removeDay')}
          </Button>
        </Popconfirm>
      ),
    });
  }
  return (
    <Flex vertical gap={16}>
      <Flex gap={8} wrap align="center">
        <Select
          aria-label={t('commitments.year')}
          value={year}
          onChange={setYear}
          options={years.map((y) => ({ value: y, label: t('commitments.yearValue', { year: y }) }))}
          style={{ width: 120 }}
        />
        {canManage && defaults && (
          <Popconfirm
            title={t('commitments.loadDefaultsConfirm', { year })}
            okText={t('common.confirm')}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              load
                .mutateAsync(year)
                .then((r) => void message.success(t('commitments.loadedDefaults', r)))
                .catch(showError)
            }
          >
            <Button loading={load.isPending}>{t('commitments.loadDefaults', { year })}</Button>
          </Popconfirm>
        )}
      </Flex>
      {defaults?.isProvisional && (
        <Alert type="warning" showIcon title={t('commitments.provisional', { year })} />
      )}
      {canManage && <CalendarDayForm year={year} />}
      {calendar.isError ? (
        <QueryError error={calendar.error} onRetry={() => void calendar.refetch()} />
      ) : (
        <Table<CalendarDayView>
          rowKey="day"
          size="small"
          columns={columns}
          dataSource={calendar.data?.days ?? []}
          loading={calendar.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
        />
      )}
    </Flex>
  );
}
