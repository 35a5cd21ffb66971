import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Objective } from '../../src/features/dispatch/optimizer';

export interface BestKnown {
  vehicles: number;
  distance: number;
}

/** Reads bks-<objective>.csv from the parent of the instance folder; empty when absent. */
export function loadBestKnown(instanceDir: string, objective: Objective): Map<string, BestKnown> {
  const file = path.join(path.dirname(instanceDir), `bks-${objective}.csv`);
  const out = new Map<string, BestKnown>();
  if (!existsSync(file)) return out;
  const [header, ...rows] = readFileSync(file, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',').map((c) => c.trim().toLowerCase());
  const iName = cols.indexOf('instance');
  const iVeh = cols.indexOf('vehicles');
  const iDist = cols.indexOf('distance');
  for (const row of rows) {
    const cells = row.split(',').map((c) => c.trim());
    const name = cells[iName];
    const distance = Number(cells[iDist]);
    if (name && Number.isFinite(distance)) {
      out.set(name.toUpperCase(), { vehicles: Number(cells[iVeh]), distance });
    }
  }
  return out;
}

/** Solomon-style family: letters plus the first digit (R1, RC2, C1). */
export function familyOf(name: string): string {
  return /^([A-Za-z]+\d)/.exec(name)?.[1]?.toUpperCase() ?? name.toUpperCase();
}
