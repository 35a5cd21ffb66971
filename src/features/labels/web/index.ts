export { LabelPrintPage } from './LabelPrintPage';
export { AssetTokenActions } from './components/AssetTokenActions';
