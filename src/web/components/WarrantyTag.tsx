import { Tag, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WarrantyStatusView } from '../../features/warranty/warranty.schemas';

const COLORS: Record<WarrantyStatusView['state'], string> = {
  replacement: 'green',
  repair: 'blue',
  contract: 'purple',
  expired: 'red',
  unknown: 'default',
};

/** The day the current period ends, if any. */
export function warrantyEndsOn(w: WarrantyStatusView): string | null {
  if (w.state === 'replacement') return w.replacementEndsOn;
  if (w.state === 'repair') return w.repairEndsOn;
  if (w.state === 'contract') return w.contractEndsOn;
  return null;
}

/** 包换期内 / 保修期内 / 合同保修 / 已过保, with the end date and what is free in a tooltip. */
export function WarrantyTag({ warranty }: { warranty: WarrantyStatusView | null }) {
  const { t } = useTranslation();
  const state = warranty?.state ?? 'unknown';
  const endsOn = warranty ? warrantyEndsOn(warranty) : null;
  const covered = warranty
    ? (['parts', 'labour', 'travel'] as const).filter((k) => warranty.coverage[k])
    : [];
  const tip = [
    endsOn ? t('enums.warrantyUntil', { date: endsOn }) : null,
    covered.length
      ? t('enums.warrantyCovers', {
          items: covered.map((k) => t(`enums.coverage.${k}`)).join(t('enums.listSeparator')),
        })
      : t('enums.warrantyCoversNothing'),
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <Tooltip title={tip}>
      <Tag color={COLORS[state]} data-testid="warranty-tag" data-warranty={state}>
        {t(`enums.warranty.${state}`)}
        {endsOn ? ` ${t('enums.warrantyUntilShort', { date: endsOn })}` : ''}
      </Tag>
    </Tooltip>
  );
}
