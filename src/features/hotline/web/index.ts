export { HotlineIntakePage } from './HotlineIntakePage';
