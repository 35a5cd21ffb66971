import type { ErrorEntry } from './error-entry';

/** Work orders (派工单): hotline calls, dispatch and the on-site workflow. */
export const WORK_ORDER_ERRORS = {
  QUOTE_APPROVAL_REQUIRED: {
    status: 409,
    zh: '保修期外的维修须先经客户确认报价',
    en: 'Out-of-warranty work needs the customer to approve the quote first',
  },
  TRAVEL_REASON_REQUIRED: {
    status: 422,
    zh: '非紧急工单乘坐出租车、摩的或自驾，须填写理由',
    en: 'A taxi, motorbike taxi or own vehicle for a job that is not urgent needs a reason',
  },
  CAR_NOT_APPROVED: {
    status: 409,
    zh: '使用公司车辆须先经调度员批准用车申请',
    en: 'The company car needs a car request the dispatcher has approved',
  },
  CAR_REQUEST_PENDING: {
    status: 409,
    zh: '该工单已有待审批或已批准的用车申请',
    en: 'This work order already has a car request waiting or approved',
  },
  CAR_REQUEST_DECIDED: {
    status: 409,
    zh: '该用车申请已处理过',
    en: 'This car request has already been decided',
  },
  CHECKLIST_INCOMPLETE: {
    status: 422,
    zh: '到达检查项未全部完成：{items}',
    en: 'The arrival checklist is not complete: {items}',
  },
  QUOTE_NOT_OF_ORDER: {
    status: 422,
    zh: '该报价不属于此工单，请为此工单重新报价',
    en: 'This quote was not made for this work order; quote the order first',
  },
  SIGNATURE_NOT_PNG: {
    status: 415,
    zh: '签名须为 PNG 图片',
    en: 'The signature must be a PNG image',
  },
  GIVEN_AT_IN_FUTURE: {
    status: 422,
    zh: '客户口头同意的时间不能晚于现在',
    en: 'The time of the verbal approval cannot be in the future',
  },
  HAND_OVER_TO_SELF: {
    status: 422,
    zh: '请选择另一位维修人员转交',
    en: 'Choose another technician to hand the order over to',
  },
  NOT_A_TECHNICIAN: {
    status: 422,
    zh: '所选人员不是可用的维修人员',
    en: 'The chosen user is not an active technician',
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
} as const satisfies Record<string, ErrorEntry>;
