export type * from './types';
export { solve } from './solve';
export { checkSolution } from './check-solution';
export type {
  CheckOptions,
  CheckResult,
  SolutionToCheck,
  Violation,
  ViolationKind,
} from './check-solution';
export { solveInWorker, solveWith, startSolverWorker } from './solve-in-worker';
export type { WorkerSolveOptions } from './solve-in-worker';
