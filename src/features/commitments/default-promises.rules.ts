import type { CommitmentsContent } from './commitments-content.schemas';

/** Business minutes as the customer reads them: 30 分钟, 4 小时, 2 小时 30 分钟. */
export function formatLimitZh(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${rest} 分钟`;
  return rest === 0 ? `${hours} 小时` : `${hours} 小时 ${rest} 分钟`;
}

type PromiseInputs = Pick<
  CommitmentsContent,
  'zones' | 'limits' | 'chaseCadenceDays' | 'customerNoticeDays'
>;

/**
 * The statements a company would print from its limits (Chinese: they go on slips and the
 * public page as the company's own words). A starting point the admin edits freely.
 */
export function defaultPromises(content: PromiseInputs): string[] {
  const limit = (urgency: string, zone: string) =>
    content.limits.find((l) => l.urgency === urgency && l.zone === zone);
  const [first] = content.zones;
  const promises: string[] = [];
  const normal = first && limit('normal', first.code);
  if (normal) promises.push(`接到报修后 ${formatLimitZh(normal.responseMinutes)}内响应`);
  const onSite = content.zones
    .map((zone) => {
      const row = limit('normal', zone.code);
      return row && `${zone.name} ${formatLimitZh(row.onSiteMinutes)}`;
    })
    .filter(Boolean);
  if (onSite.length > 0) promises.push(`需上门的报修，到达现场时限：${onSite.join('，')}`);
  const critical = first && limit('critical', first.code);
  if (critical) {
    promises.push(
      `紧急故障${first.name} ${formatLimitZh(critical.onSiteMinutes)}内到达现场，` +
        `${formatLimitZh(critical.completionMinutes)}内修复或提供替代方案`,
    );
  }
  const c = content.chaseCadenceDays;
  promises.push(
    `处理中的报修定期跟进：包换每 ${c.replacement} 天、保修每 ${c.repair} 天、紧急事项每 ${c.urgent} 天`,
  );
  promises.push(`送厂返修的物品，${content.customerNoticeDays} 天内告知客户返修进度`);
  promises.push('以上时限均按工作时间计算，法定节假日顺延');
  return promises;
}
