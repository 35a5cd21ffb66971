import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../web/lib/formatDateTime';
import type { BoardJob } from '../../dispatch.schemas';
import dayjs from 'dayjs';

const time = (iso: string) => dayjs(iso).format('HH:mm');

/** The tooltip of a job: everything the dispatcher weighs before moving it. */
export function JobDetails({ job }: { job: BoardJob }) {
  const { t } = useTranslation();
  return (
    <div data-testid="job-details">
      <div>
        <strong>{job.number}</strong> · {t(`enums.urgency.${job.urgency}`)}
      </div>
      <div>
        {t('dispatch.customer')}: {job.customerName}
      </div>
      {job.categoryName && (
        <div>
          {t('dispatch.category')}: {job.categoryName}
        </div>
      )}
      <div>
        {t('dispatch.planned')}:{' '}
        {job.plannedStart
          ? `${formatDateTime(job.plannedStart)}–${job.plannedEnd ? time(job.plannedEnd) : ''}`
          : t('dispatch.unplannedTime')}{' '}
        ({t('dispatch.minutes', { minutes: job.minutes })})
      </div>
      {job.window && (
        <div>
          {t('dispatch.window')}: {time(job.window.start)}–{time(job.window.end)} (
          {job.window.agreed ? t('dispatch.windowAgreed') : t('dispatch.windowPreferred')})
        </div>
      )}
      {!job.hasLocation && <div>{t('dispatch.noLocation')}</div>}
    </div>
  );
}
