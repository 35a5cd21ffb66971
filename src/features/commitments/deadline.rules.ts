import type { Urgency } from '../hotline/hotline-call.schemas';
import {
  type CommitmentLimit,
  type CommitmentsContent,
  LIMIT_KINDS,
  type LimitKind,
} from './commitments-content.schemas';
import {
  addBusinessMinutes,
  type BusinessSchedule,
  businessSchedule,
  type CalendarDayKind,
} from './business-time.rules';

/** What a deadline needs beyond the commitments: the tenant's zone and its calendar overrides. */
export interface BusinessCalendar {
  timeZone: string;
  days: readonly { day: string; kind: CalendarDayKind }[];
}

export interface DeadlineSpec {
  urgency: Urgency;
  zone: string;
  kind: LimitKind;
}

const FIELD: Record<LimitKind, 'responseMinutes' | 'onSiteMinutes' | 'completionMinutes'> = {
  response: 'responseMinutes',
  onSite: 'onSiteMinutes',
  completion: 'completionMinutes',
};

/**
 * The limits of an urgency in a zone. A zone removed since a record named it falls back to the
 * first zone, so an old order still gets a deadline instead of an error.
 */
export function limitFor(
  content: CommitmentsContent,
  urgency: Urgency,
  zone: string,
): CommitmentLimit {
  const ofUrgency = content.limits.filter((l) => l.urgency === urgency);
  const found =
    ofUrgency.find((l) => l.zone === zone) ??
    ofUrgency.find((l) => l.zone === content.zones[0]?.code);
  if (!found) throw new RangeError(`no limits for ${urgency}`);
  return found;
}

export function scheduleOf(content: CommitmentsContent, calendar: BusinessCalendar) {
  return businessSchedule(content.businessHours, calendar.days, calendar.timeZone);
}

/** The deadline of one limit, counted in business time from `from`. */
export function deadlineFor(
  content: CommitmentsContent,
  calendar: BusinessCalendar | BusinessSchedule,
  spec: DeadlineSpec,
  from: Date,
): Date {
  const schedule = 'hours' in calendar ? calendar : scheduleOf(content, calendar);
  const minutes = limitFor(content, spec.urgency, spec.zone)[FIELD[spec.kind]];
  return addBusinessMinutes(schedule, from, minutes);
}

/** All three deadlines of an urgency in a zone, with the limits they come from. */
export function deadlinesFor(
  content: CommitmentsContent,
  calendar: BusinessCalendar,
  spec: Omit<DeadlineSpec, 'kind'>,
  from: Date,
): Record<LimitKind, { limitMinutes: number; deadline: Date }> {
  const schedule = scheduleOf(content, calendar);
  const limit = limitFor(content, spec.urgency, spec.zone);
  const entry = (kind: LimitKind) => ({
    limitMinutes: limit[FIELD[kind]],
    deadline: deadlineFor(content, schedule, { ...spec, kind }, from),
  });
  return Object.fromEntries(LIMIT_KINDS.map((k) => [k, entry(k)])) as Record<
    LimitKind,
    { limitMinutes: number; deadline: Date }
  >;
}
