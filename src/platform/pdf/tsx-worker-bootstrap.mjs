// Plain-JS entry for the PDF worker when the app runs from TypeScript sources: workers do not
// inherit the tsx loader on Node 20, so register it here, then load the real worker module.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
