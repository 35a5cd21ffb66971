import type { CalendarDayKind } from './business-time.rules';
import { nextDay } from './zoned-time.rules';

export interface HolidayYear {
  year: number;
  /** Not yet published by the State Council when shipped: check and edit after it is. */
  isProvisional: boolean;
  days: { day: string; kind: CalendarDayKind; name: string }[];
}

function holiday(from: string, to: string, name: string) {
  const days: HolidayYear['days'] = [];
  for (let day = from; day <= to; day = nextDay(day)) days.push({ day, kind: 'holiday', name });
  return days;
}
const workday = (day: string, name: string) => ({
  day,
  kind: 'workday' as const,
  name: `${name}调休上班`,
});

/**
 * Chinese public holidays and 调休 make-up workdays. 2026 follows the State Council notice
 * (国办发明电〔2025〕); 2027 is our best estimate from the lunar calendar and the usual pattern.
 */
export const CHINA_HOLIDAYS: readonly HolidayYear[] = [
  {
    year: 2026,
    isProvisional: false,
    days: [
      ...holiday('2026-01-01', '2026-01-03', '元旦'),
      workday('2026-01-04', '元旦'),
      workday('2026-02-14', '春节'),
      ...holiday('2026-02-15', '2026-02-23', '春节'),
      workday('2026-02-28', '春节'),
      ...holiday('2026-04-04', '2026-04-06', '清明节'),
      ...holiday('2026-05-01', '2026-05-05', '劳动节'),
      workday('2026-05-09', '劳动节'),
      ...holiday('2026-06-19', '2026-06-21', '端午节'),
      workday('2026-09-20', '国庆节'),
      ...holiday('2026-09-25', '2026-09-27', '中秋节'),
      ...holiday('2026-10-01', '2026-10-07', '国庆节'),
      workday('2026-10-10', '国庆节'),
    ],
  },
  {
    year: 2027,
    isProvisional: true,
    days: [
      ...holiday('2027-01-01', '2027-01-03', '元旦'),
      ...holiday('2027-02-05', '2027-02-13', '春节'),
      workday('2027-02-14', '春节'),
      workday('2027-02-20', '春节'),
      ...holiday('2027-04-03', '2027-04-05', '清明节'),
      ...holiday('2027-05-01', '2027-05-05', '劳动节'),
      workday('2027-05-08', '劳动节'),
      ...holiday('2027-06-09', '2027-06-09', '端午节'),
      ...holiday('2027-09-15', '2027-09-15', '中秋节'),
      workday('2027-09-26', '国庆节'),
      ...holiday('2027-10-01', '2027-10-07', '国庆节'),
      workday('2027-10-09', '国庆节'),
    ],
  },
];

export function holidaysOf(year: number): HolidayYear | undefined {
  return CHINA_HOLIDAYS.find((y) => y.year === year);
}
