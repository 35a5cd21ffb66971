import type { ErrorEntry } from './error-entry';

/** Errors any area may answer with: input, permissions, records, versions and the HTTP layer. */
export const GENERAL_ERRORS = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误，请检查后重试', en: 'The input is not valid' },
  FORBIDDEN: { status: 403, zh: '没有权限执行此操作', en: 'You are not allowed to do this' },
  NOT_FOUND: { status: 404, zh: '记录不存在', en: 'Not found' },
  CONFLICT: {
    status: 409,
    zh: '记录已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  INVALID_TRANSITION: {
    status: 409,
    zh: '当前状态下不能执行此操作',
    en: 'This action is not allowed in the current state',
  },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一个请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  RECORD_CANCELLED: {
    status: 422,
    zh: '该记录已作废，不能修改',
    en: 'This record is cancelled and cannot be changed',
  },
  UNKNOWN_REFERENCE: {
    status: 422,
    zh: '所选的{fieldZh}不存在或已作废',
    en: 'The chosen {fieldEn} does not exist or is cancelled',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  RATE_LIMITED: {
    status: 429,
    zh: '请求过于频繁，请稍后再试',
    en: 'Too many requests; try again later',
  },
  INTERNAL: {
    status: 500,
    zh: '系统内部错误，请稍后再试',
    en: 'Internal error; please try again later',
  },
} as const satisfies Record<string, ErrorEntry>;
