export { SlaMonitorPage } from './SlaMonitorPage';
export { ClockStateTag } from './components/ClockStateTag';
