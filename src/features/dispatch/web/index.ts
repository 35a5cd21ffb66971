export { DispatchBoardPage } from './DispatchBoardPage';
