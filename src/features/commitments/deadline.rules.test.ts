import { describe, expect, it } from 'vitest';
import { CHINA_HOLIDAYS, holidaysOf } from './china-holidays';
import { commitmentsContent } from './commitments-content.schemas';
import { DEFAULT_COMMITMENTS } from './default-commitments';
import { formatLimitZh } from './default-promises.rules';
import { deadlineFor, deadlinesFor, limitFor } from './deadline.rules';
import { isoWeekday } from './zoned-time.rules';

const calendar = { timeZone: 'Asia/Shanghai', days: holidaysOf(2026)!.days };
const at = (local: string) => new Date(`${local.replace(' ', 'T')}:00+08:00`);

describe('deadlineFor', () => {
  it('counts each limit of an urgency and zone in business time', () => {
    const from = at('2026-11-27 17:15'); // a Friday, 15 minutes before close
    const spec = { urgency: 'normal', zone: 'city' } as const;
    expect(deadlineFor(DEFAULT_COMMITMENTS, calendar, { ...spec, kind: 'response' }, from)).toEqual(
      at('2026-11-30 08:45'),
    );
    const all = deadlinesFor(DEFAULT_COMMITMENTS, calendar, spec, from);
    expect(all.onSite).toEqual({ limitMinutes: 240, deadline: at('2026-11-30 13:45') });
    expect(all.completion.deadline).toEqual(at('2026-12-01 17:15'));
  });
  it('pushes a limit that runs into 国庆 past the holiday week', () => {
    const deadline = deadlineFor(
      DEFAULT_COMMITMENTS,
      calendar,
      { urgency: 'critical', zone: 'city', kind: 'onSite' },
      at('2026-09-30 17:00'),
    );
    expect(deadline).toEqual(at('2026-10-08 09:00'));
  });
  it('falls back to the first zone for a zone removed since', () => {
    expect(limitFor(DEFAULT_COMMITMENTS, 'urgent', 'gone')).toEqual(
      limitFor(DEFAULT_COMMITMENTS, 'urgent', 'city'),
    );
  });
});

describe('the default commitments', () => {
  it('are valid content with promises drawn from the limits', () => {
    expect(commitmentsContent.parse(DEFAULT_COMMITMENTS)).toEqual(DEFAULT_COMMITMENTS);
    expect(DEFAULT_COMMITMENTS.promises[0]).toBe('接到报修后 30 分钟内响应');
    expect(DEFAULT_COMMITMENTS.promises.join()).toContain('14 天内告知客户');
    expect(formatLimitZh(150)).toBe('2 小时 30 分钟');
  });
  it('refuse a missing limit row, an unknown zone and inverted limits', () => {
    const [first, ...rest] = DEFAULT_COMMITMENTS.limits;
    const issues = (content: object) =>
      commitmentsContent.safeParse(content).error?.issues.map((i) => i.path.join('.'));
    expect(issues({ ...DEFAULT_COMMITMENTS, limits: rest })).toEqual(['limits']);
    expect(
      issues({ ...DEFAULT_COMMITMENTS, limits: [...rest, { ...first!, responseMinutes: 999 }] }),
    ).toEqual(['limits.8']);
    const closed = Object.fromEntries(
      Object.keys(DEFAULT_COMMITMENTS.businessHours).map((d) => [d, []]),
    );
    expect(issues({ ...DEFAULT_COMMITMENTS, businessHours: closed })).toEqual(['businessHours']);
    const overlapping = {
      ...DEFAULT_COMMITMENTS.businessHours,
      mon: [
        { start: '08:30', end: '12:00' },
        { start: '11:00', end: '17:00' },
      ],
    };
    expect(issues({ ...DEFAULT_COMMITMENTS, businessHours: overlapping })).toEqual([
      'businessHours.mon',
    ]);
  });
});

describe('the shipped holidays', () => {
  it('put every 调休 workday on a weekend and no holiday twice', () => {
    for (const year of CHINA_HOLIDAYS) {
      const days = year.days.map((d) => d.day);
      expect(new Set(days).size).toBe(days.length);
      for (const d of year.days) {
        expect(d.day.startsWith(String(year.year))).toBe(true);
        if (d.kind === 'workday') expect(isoWeekday(d.day)).toBeGreaterThanOrEqual(6);
      }
    }
    const y2026 = holidaysOf(2026)!;
    expect(y2026.days.filter((d) => d.kind === 'workday').map((d) => d.day)).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect(y2026.days.filter((d) => d.kind === 'holiday')).toHaveLength(33);
    expect(holidaysOf(2027)?.isProvisional).toBe(true);
  });
});
