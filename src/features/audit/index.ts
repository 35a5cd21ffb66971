export type { Actor } from './actor';
export { systemActor } from './actor';
export {
  type AuditChange,
  firstAuditEvent,
  firstAuditEventWrites,
  recordAuditEvent,
} from './record-audit-event';
export { sealAuditChains } from './seal-audit-chains';
export { type BrokenLink, type VerifyResult, verifyAuditChains } from './verify-audit-chains';
export { auditEvents } from './audit.table';
