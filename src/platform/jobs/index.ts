export { jobs, JOB_STATES, type JobState } from './jobs.table';
export {
  cancelJob,
  cancelJobs,
  enqueueJob,
  enqueueJobs,
  insertNewJobs,
  type NewJob,
} from './enqueue-job';
export {
  createJobRunner,
  defaultBackoffMs,
  type Job,
  type JobHandler,
  type JobRunner,
  type JobRunnerOptions,
} from './job-runner';
