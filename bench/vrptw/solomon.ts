import type { ProblemInput } from '../../src/features/dispatch/optimizer';

/**
 * Parses a Solomon-format instance: a VEHICLE section (number, capacity) and a CUSTOMER table
 * whose first row (customer 0) is the depot; its due date is the end of the horizon.
 * Travel time = distance = unrounded Euclidean distance, the convention of the best-known values.
 */
export function parseSolomon(text: string, objective: ProblemInput['objective']): ProblemInput {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  const numericRows = lines
    .filter((l) => /^[-\d.\s]+$/.test(l) && l.length > 0)
    .map((l) => l.split(/\s+/).map(Number));
  const header = numericRows.find((r) => r.length === 2);
  const rows = numericRows.filter((r) => r.length >= 7);
  if (!header || rows.length < 2) throw new Error('not a Solomon instance');
  const [vehicleCount, capacity] = header as [number, number];
  const depot = rows[0]!;
  const size = rows.length;
  const distance = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      distance[a * size + b] = Math.hypot(rows[a]![1]! - rows[b]![1]!, rows[a]![2]! - rows[b]![2]!);
    }
  }
  return {
    travel: { size, distance },
    fleetLimit: vehicleCount,
    objective,
    vehicles: Array.from({ length: vehicleCount }, (_, i) => ({
      id: `v${i + 1}`,
      startLocation: 0,
      endLocation: 0,
      shiftStart: depot[4]!,
      shiftEnd: depot[5]!,
      capacity,
    })),
    jobs: rows.slice(1).map((r, i) => ({
      id: String(r[0]),
      location: i + 1,
      demand: r[3]!,
      ready: r[4]!,
      due: r[5]!,
      service: r[6]!,
    })),
  };
}
