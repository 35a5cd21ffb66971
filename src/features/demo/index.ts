export { DEMO_COMPANY, DEMO_PASSWORD } from './demo-data';
export { type DemoSummary, isDatabaseEmpty, seedDemo } from './seed-demo';
