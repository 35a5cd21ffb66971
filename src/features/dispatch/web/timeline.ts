import dayjs from 'dayjs';
import type { BoardJob } from '../dispatch.schemas';

/** The span the timeline draws, in epoch milliseconds. */
export interface Scale {
  start: number;
  end: number;
}

const HOUR = 3_600_000;
const MINUTE = 60_000;

/** 08:00–19:00 of the day, widened to whole hours when a shift or a job reaches outside it. */
export function makeScale(day: string, instants: (string | null)[]): Scale {
  const base = dayjs(day).startOf('day');
  let start = base.hour(8).valueOf();
  let end = base.hour(19).valueOf();
  for (const iso of instants) {
    if (!iso) continue;
    const at = Date.parse(iso);
    start = Math.min(start, Math.floor(at / HOUR) * HOUR);
    end = Math.max(end, Math.ceil(at / HOUR) * HOUR);
  }
  return { start, end };
}

/** Where an instant falls on the scale, in percent of the track width (clamped to 0–100). */
export function percentOf(scale: Scale, at: number): number {
  const share = (at - scale.start) / (scale.end - scale.start);
  return Math.min(100, Math.max(0, share * 100));
}

/** The instant under a point of the track: `fraction` 0 is the left edge, 1 the right. */
export function instantAt(scale: Scale, fraction: number): number {
  return scale.start + fraction * (scale.end - scale.start);
}

/** The hours to label along the top, as epoch milliseconds. */
export function hoursOf(scale: Scale): number[] {
  const hours: number[] = [];
  for (let at = scale.start; at <= scale.end; at += HOUR) hours.push(at);
  return hours;
}

export interface PlacedJob {
  job: BoardJob;
  start: number;
  end: number;
  /** False when the job has no planned start and is drawn after the one before it. */
  isScheduled: boolean;
}

/** Each job's drawn span: its planned start, or right after the previous job (from shift start). */
export function placeJobs(jobs: BoardJob[], shiftStart: string): PlacedJob[] {
  let cursor = Date.parse(shiftStart);
  return jobs.map((job) => {
    const start = job.plannedStart ? Date.parse(job.plannedStart) : cursor;
    const end = start + job.minutes * MINUTE;
    cursor = end;
    return { job, start, end, isScheduled: job.plannedStart !== null };
  });
}

/** The 0-based route position for a job dropped at `at`: how many other jobs start before it. */
export function dropPosition(placed: PlacedJob[], workOrderId: string, at: number): number {
  return placed.filter((p) => p.job.workOrderId !== workOrderId && p.start < at).length;
}
