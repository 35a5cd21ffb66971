/**
 * Every error the API can answer with: its HTTP status and its message in both languages.
 * `satisfies Record<…>` keeps the map exhaustive: a new code cannot ship without all three.
 */
export const ERROR_CODES = {
  VALIDATION_FAILED: { status: 400, zh: '输入有误，请检查后重试', en: 'The input is not valid' },
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
  USERNAME_TAKEN: { status: 409, zh: '用户名已被使用', en: 'This username is already taken' },
  WEAK_PASSWORD: {
    status: 422,
    zh: '密码不符合密码策略：至少 {minLength} 位，且包含大写字母、小写字母、数字、符号中的至少 {minClasses} 类',
    en: 'The password does not meet the policy: at least {minLength} characters from at least {minClasses} of upper case, lower case, digits and symbols',
  },
  WRONG_PASSWORD: { status: 422, zh: '当前密码不正确', en: 'The current password is wrong' },
  IDEMPOTENCY_KEY_REUSED: {
    status: 422,
    zh: '该幂等键已用于另一个请求',
    en: 'This Idempotency-Key was used for a different request',
  },
  NOT_A_TECHNICIAN: {
    status: 422,
    zh: '所选人员不是可用的维修人员',
    en: 'The chosen user is not an active technician',
  },
  DEPARTMENT_MISMATCH: {
    status: 422,
    zh: '科室不属于该客户',
    en: 'The department does not belong to this customer',
  },
  CATEGORY_CODE_TAKEN: {
    status: 409,
    zh: '该类别编码已被使用',
    en: 'This category code is already taken',
  },
  CATEGORY_CANCELLED: {
    status: 422,
    zh: '该产品类别已作废',
    en: 'This product category is cancelled',
  },
  ALREADY_HAS_WORK_ORDER: {
    status: 409,
    zh: '该来电已生成派工单',
    en: 'A work order was already created from this call',
  },
  UNKNOWN_CATEGORY: {
    status: 422,
    zh: '产品类别不存在或已停用',
    en: 'Unknown or cancelled product category',
  },
  NOT_ELIGIBLE: {
    status: 422,
    zh: '该维修人员不能承接此工单：{reasonsZh}',
    en: 'This technician cannot take the order: {reasonsEn}',
  },
  PLAN_NOT_DRAFT: {
    status: 409,
    zh: '该计划已应用或已被更新的计划取代',
    en: 'This plan was already applied or superseded',
  },
  CANNOT_CHANGE_CLOSED: {
    status: 409,
    zh: '已关闭或已取消的工单不能修改',
    en: 'A closed or cancelled order cannot be changed',
  },
  CANNOT_DISABLE_SELF: {
    status: 422,
    zh: '不能停用自己的账号',
    en: 'You cannot disable your own account',
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
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;
