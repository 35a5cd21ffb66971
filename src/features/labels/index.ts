export * from './labels.schemas';
export { ensureAssetToken, ensureAssetTokens } from './ensure-asset-token';
export { listLabelAssets } from './list-label-assets';
export { printLabelSheet, type LabelSheet, MAX_LABELS_PER_PRINT } from './print-label-sheet';
export { reissueAssetToken } from './reissue-asset-token';
export { revokeAssetToken } from './revoke-asset-token';
export { renderLabelSheet } from './label-sheet-pdf';
export { assetPageUrl, publicOrigin } from './public-url';
export { registerLabelRoutes, type LabelRoutesDeps } from './labels.routes';
