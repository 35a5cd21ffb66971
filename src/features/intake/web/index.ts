export { IntakeQueuePage } from './IntakeQueuePage';
export { WalkInPage } from './WalkInPage';
export { ChannelTag } from './components/ChannelTag';
