import type { Rng } from './bulk-random';

const MIN = 60_000;
const HOUR = 60 * MIN;

/** One move of a work order after its creation, as the state machine allows it. */
export type Step =
  | { action: 'assign'; atMs: number; technician: number }
  | { action: 'reassign'; atMs: number; technician: number }
  | { action: 'close'; atMs: number }
  | { action: 'cancel'; atMs: number };

/**
 * What happens to an order created at `createdMs`: usually assigned within the hour and closed
 * hours to days later; some reassigned, a few cancelled, a very few left open for ever. Steps
 * that would fall after `nowMs` have not happened yet, so recent orders are naturally still new
 * or assigned while last year's are closed. `technician` indexes the tenant's technicians.
 */
export function lifecycle(createdMs: number, nowMs: number, techs: number, rng: Rng): Step[] {
  const steps: Step[] = [];
  const roll = rng();
  const technician = rng.int(0, techs - 1);
  const assignAt = createdMs + 3 * MIN + Math.floor(rng() * rng() * 4 * HOUR);
  if (roll < 0.03) {
    steps.push({ action: 'cancel', atMs: createdMs + 10 * MIN + Math.floor(rng() * 6 * HOUR) });
  } else {
    steps.push({ action: 'assign', atMs: assignAt, technician });
    let last = assignAt;
    if (roll > 0.93 && techs > 1) {
      last = assignAt + 20 * MIN + Math.floor(rng() * 4 * HOUR);
      const other = (technician + rng.int(1, techs - 1)) % techs;
      steps.push({ action: 'reassign', atMs: last, technician: other });
    }
    if (roll < 0.05) {
      steps.push({ action: 'cancel', atMs: last + 30 * MIN + Math.floor(rng() * 24 * HOUR) });
    } else if (rng() > 0.002) {
      steps.push({ action: 'close', atMs: last + HOUR + Math.floor(rng() * rng() * 96 * HOUR) });
    }
  }
  const happened = steps.findIndex((s) => s.atMs > nowMs);
  return happened === -1 ? steps : steps.slice(0, happened);
}

export const CANCEL_REASONS = [
  '客户已自行解决，撤销报修',
  '重复报修，已合并到其他工单',
  '设备已过保且客户不再维修',
  '客户要求取消',
];

export const REASSIGN_REASONS = ['原维修人员外出，改派', '需要专业工程师处理', '就近调整派工'];
