export { publicTokens } from './public-tokens.table';
export {
  currentPublicToken,
  issuePublicToken,
  newPublicToken,
  resolvePublicToken,
  revokePublicTokens,
  type PublicTokenKind,
} from './public-tokens';
