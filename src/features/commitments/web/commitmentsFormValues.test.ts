import { describe, expect, it } from 'vitest';
import { DEFAULT_COMMITMENTS } from '../default-commitments';
import { addZone, fromFormValues, removeZone, toFormValues } from './commitmentsFormValues';

describe('commitments form values', () => {
  it('round-trips the content through the grid', () => {
    expect(fromFormValues(toFormValues(DEFAULT_COMMITMENTS))).toEqual(DEFAULT_COMMITMENTS);
  });
  it('keeps limits with their zone when a zone is added, recoded or removed', () => {
    let values = addZone(toFormValues(DEFAULT_COMMITMENTS));
    values.zones[3] = { code: 'Mountain', name: '山区' };
    values.zones[0] = { code: 'downtown', name: '市区' };
    values = removeZone(values, 1);
    const content = fromFormValues(values);
    expect(content.zones.map((z) => z.code)).toEqual(['downtown', 'remote', 'mountain']);
    const critical = (zone: string) =>
      content.limits.find((l) => l.urgency === 'critical' && l.zone === zone)?.onSiteMinutes;
    expect(critical('downtown')).toBe(60);
    expect(critical('mountain')).toBe(critical('remote'));
    expect(content.limits).toHaveLength(9);
  });
});
