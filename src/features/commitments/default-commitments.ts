import type {
  BusinessHours,
  CommitmentLimit,
  CommitmentsContent,
} from './commitments-content.schemas';
import { defaultPromises } from './default-promises.rules';

const WEEKDAY_HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:30' },
];

/** Mon–Fri 08:30–12:00 and 13:30–17:30 (7.5 hours a day); weekends closed. */
export const DEFAULT_BUSINESS_HOURS: BusinessHours = {
  mon: WEEKDAY_HOURS,
  tue: WEEKDAY_HOURS,
  wed: WEEKDAY_HOURS,
  thu: WEEKDAY_HOURS,
  fri: WEEKDAY_HOURS,
  sat: [],
  sun: [],
};

const DAY = 450; // business minutes in a default working day

/** [response, on site, completion] in business minutes, by urgency and zone. */
const LIMITS: Record<string, Record<string, [number, number, number]>> = {
  normal: { city: [30, 240, 2 * DAY], county: [30, DAY, 3 * DAY], remote: [60, 2 * DAY, 5 * DAY] },
  urgent: { city: [15, 120, DAY], county: [15, 240, 2 * DAY], remote: [30, DAY, 3 * DAY] },
  critical: { city: [10, 60, 240], county: [10, 120, DAY], remote: [15, 240, 2 * DAY] },
};

const limits: CommitmentLimit[] = Object.entries(LIMITS).flatMap(([urgency, zones]) =>
  Object.entries(zones).map(([zone, [responseMinutes, onSiteMinutes, completionMinutes]]) => ({
    urgency: urgency as CommitmentLimit['urgency'],
    zone,
    responseMinutes,
    onSiteMinutes,
    completionMinutes,
  })),
);

const base = {
  zones: [
    { code: 'city', name: '市区' },
    { code: 'county', name: '郊县' },
    { code: 'remote', name: '外地' },
  ],
  limits,
  chaseCadenceDays: { replacement: 2, repair: 7, urgent: 1 },
  customerNoticeDays: 14,
  businessHours: DEFAULT_BUSINESS_HOURS,
};

/** What a tenant that has not written its own commitments promises. */
export const DEFAULT_COMMITMENTS: CommitmentsContent = { ...base, promises: defaultPromises(base) };
