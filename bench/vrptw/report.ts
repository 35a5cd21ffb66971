import type { BestKnown } from './bks';

export interface InstanceResult {
  name: string;
  family: string;
  vehicles: number;
  distance: number;
  bks: BestKnown | undefined;
  gapPct: number | null;
  seconds: number;
  feasible: boolean;
  violations: string[];
}

const mean = (xs: readonly number[]) =>
  xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
const fmt = (x: number | null, digits = 2) => (x === null ? '-' : x.toFixed(digits));
const row = (cells: readonly string[], widths: readonly number[]) =>
  cells.map((c, i) => c.padStart(widths[i] ?? 8)).join(' ');

export function instanceLine(r: InstanceResult): string {
  const bks = r.bks ? `${r.bks.vehicles}/${r.bks.distance.toFixed(2)}` : '-';
  const cells = [r.name, String(r.vehicles), r.distance.toFixed(2), bks, fmt(r.gapPct)];
  cells.push(r.seconds.toFixed(2), r.feasible ? 'yes' : 'NO');
  return row(cells, [8, 4, 10, 14, 8, 7, 8]);
}

export const INSTANCE_HEADER = row(
  ['instance', 'veh', 'distance', 'BKS veh/dist', 'gap %', 'sec', 'feasible'],
  [8, 4, 10, 14, 8, 7, 8],
);

function gaps(results: readonly InstanceResult[]): number[] {
  return results.flatMap((r) => (r.gapPct === null ? [] : [r.gapPct]));
}

/** Per-family table and overall means (with and without R109, whose best-known is suspect). */
export function summaryLines(results: readonly InstanceResult[]): string[] {
  const widths = [10, 4, 9, 9, 9, 7];
  const lines = [row(['family', 'n', 'vehicles', 'BKS veh', 'gap %', 'sec'], widths)];
  const families = [...new Set(results.map((r) => r.family))].sort();
  const line = (label: string, rs: readonly InstanceResult[]) => {
    const vehicles = rs.reduce((a, r) => a + r.vehicles, 0);
    const bksVehicles = rs.every((r) => r.bks)
      ? rs.reduce((a, r) => a + (r.bks?.vehicles ?? 0), 0)
      : null;
    const cells = [label, String(rs.length), String(vehicles), fmt(bksVehicles, 0)];
    cells.push(fmt(mean(gaps(rs)), 3), fmt(mean(rs.map((r) => r.seconds))));
    return row(cells, widths);
  };
  for (const f of families)
    lines.push(
      line(
        f,
        results.filter((r) => r.family === f),
      ),
    );
  lines.push(line('all', results));
  lines.push(
    line(
      'all-R109',
      results.filter((r) => r.name.toUpperCase() !== 'R109'),
    ),
  );
  return lines;
}

export function finalJson(results: readonly InstanceResult[]): string {
  const meanGap = mean(gaps(results));
  const meanSeconds = mean(results.map((r) => r.seconds));
  return JSON.stringify({
    instances: results.length,
    feasible: results.filter((r) => r.feasible).length,
    meanGapPct: meanGap === null ? null : Number(meanGap.toFixed(3)),
    meanSeconds: meanSeconds === null ? null : Number(meanSeconds.toFixed(3)),
  });
}
