import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DEFAULT_ZONES } from '../../fees.schemas';
import { feesApi } from '../api/feesApi';

export interface ZoneChoice {
  code: string;
  name: string;
}

/**
 * The service zones from the service commitments; the default 市区 / 郊县 / 外地 until they load
 * (or when they cannot be read).
 */
export function useServiceZones(): ZoneChoice[] {
  const { t } = useTranslation();
  const commitments = useQuery({
    queryKey: ['commitments', 'zones'],
    queryFn: feesApi.commitments,
    staleTime: 5 * 60_000,
  });
  return (
    commitments.data?.content.zones ??
    DEFAULT_ZONES.map((code) => ({ code, name: t(`fees.zone.${code}`) }))
  );
}
