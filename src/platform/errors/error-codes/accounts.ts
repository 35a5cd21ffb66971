import type { ErrorEntry } from './error-entry';

/** Signing in, sessions, users and passwords. */
export const ACCOUNT_ERRORS = {
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in' },
  SESSION_EXPIRED: {
    status: 401,
    zh: '会话已过期，请重新登录',
    en: 'Your session has expired; please sign in again',
  },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong username or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账号已暂时锁定，请 15 分钟后再试',
    en: 'Too many failed sign-ins; the account is locked for 15 minutes',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账号已停用', en: 'This account is disabled' },
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is already taken' },
  WEAK_PASSWORD: {
    status: 422,
    zh: '密码不符合密码策略：至少 {minLength} 位，且包含大写字母、小写字母、数字、符号中的至少 {minClasses} 类',
    en: 'The password does not meet the policy: at least {minLength} characters from at least {minClasses} of upper case, lower case, digits and symbols',
  },
  WRONG_PASSWORD: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
  CANNOT_DISABLE_SELF: {
    status: 422,
    zh: '不能停用自己的账号',
    en: 'You cannot disable your own account',
  },
} as const satisfies Record<string, ErrorEntry>;
