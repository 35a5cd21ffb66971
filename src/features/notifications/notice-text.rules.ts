import { documentTime } from '../../platform/format';
import type { NotificationEvent, NotificationEventParams } from './notification-events';

/** A message as e-mail and the group robots send it: zh-CN first, the English below. */
export interface MessageText {
  subject: string;
  body: string;
}

interface Lines {
  title: string;
  text: string;
}
type Template<E extends NotificationEvent> = (
  p: NotificationEventParams[E],
  at: (iso: string) => string,
) => { zh: Lines; en: Lines };

const SLA_KIND = {
  response: { zh: '响应', en: 'response' },
  onSite: { zh: '到场', en: 'on-site' },
  completion: { zh: '完成', en: 'completion' },
} as Record<string, { zh: string; en: string } | undefined>;
const kindOf = (kind: string) => SLA_KIND[kind] ?? { zh: kind, en: kind };

/** One template per event; the compiler keeps the list complete. */
const TEMPLATES: { [E in NotificationEvent]: Template<E> } = {
  'sla.warning': (p, at) => ({
    zh: {
      title: `工单 ${p.number} ${kindOf(p.kind).zh}时限即将到期`,
      text: `工单 ${p.number} 的${kindOf(p.kind).zh}时限将于 ${at(p.dueAt)} 到期，请尽快处理。`,
    },
    en: {
      title: `Work order ${p.number}: ${kindOf(p.kind).en} deadline near`,
      text: `The ${kindOf(p.kind).en} deadline of work order ${p.number} is at ${at(p.dueAt)}.`,
    },
  }),
  'sla.breached': (p, at) => ({
    zh: {
      title: `工单 ${p.number} 已超过${kindOf(p.kind).zh}时限`,
      text: `工单 ${p.number} 的${kindOf(p.kind).zh}时限 ${at(p.dueAt)} 已过，尚未达成。`,
    },
    en: {
      title: `Work order ${p.number}: ${kindOf(p.kind).en} deadline missed`,
      text: `Work order ${p.number} missed its ${kindOf(p.kind).en} deadline of ${at(p.dueAt)}.`,
    },
  }),
  'workOrder.assigned': (p) => ({
    zh: {
      title: `新派工单 ${p.number}`,
      text: `您有一张新的派工单 ${p.number}，客户：${p.customer}。`,
    },
    en: {
      title: `New work order ${p.number}`,
      text: `Work order ${p.number} for ${p.customer} is assigned to you.`,
    },
  }),
  'workOrder.rescheduled': (p, at) => ({
    zh: {
      title: `工单 ${p.number} 改约`,
      text: `客户不便，工单 ${p.number} 改约至 ${at(p.start)}。原因：${p.reason}`,
    },
    en: {
      title: `Work order ${p.number} rescheduled`,
      text: `The customer was not available: work order ${p.number} now starts at ${at(p.start)}. Reason: ${p.reason}`,
    },
  }),
  'workOrder.carRequested': (p) => ({
    zh: {
      title: `工单 ${p.number} 申请公司用车`,
      text: `${p.technician} 为工单 ${p.number} 申请公司用车，请审批。原因：${p.reason}`,
    },
    en: {
      title: `Company car requested for work order ${p.number}`,
      text: `${p.technician} asks for the company car for work order ${p.number}. Reason: ${p.reason}`,
    },
  }),
  'workOrder.carDecided': (p) => {
    const approved = p.decision === 'approved';
    return {
      zh: {
        title: `工单 ${p.number} 用车申请${approved ? '已批准' : '未获批准'}`,
        text: `工单 ${p.number} 的公司用车申请${approved ? '已批准' : '未获批准'}。`,
      },
      en: {
        title: `Company car ${approved ? 'approved' : 'declined'} for work order ${p.number}`,
        text: `The request for the company car for work order ${p.number} was ${approved ? 'approved' : 'declined'}.`,
      },
    };
  },
  'workOrder.handedOver': (p) => ({
    zh: {
      title: `工单 ${p.number} 已转交`,
      text: `工单 ${p.number} 已由 ${p.from} 转交给 ${p.to}。原因：${p.reason}`,
    },
    en: {
      title: `Work order ${p.number} handed over`,
      text: `Work order ${p.number} was handed over from ${p.from} to ${p.to}. Reason: ${p.reason}`,
    },
  }),
  'workOrder.revisit': (p) => ({
    zh: {
      title: `工单 ${p.number} 需改日上门`,
      text: `工单 ${p.number} 需改日再次上门。原因：${p.reason}`,
    },
    en: {
      title: `Work order ${p.number} needs another visit`,
      text: `Work order ${p.number} needs another visit on a later day. Reason: ${p.reason}`,
    },
  }),
  'workOrder.quoteAwaiting': (p) => ({
    zh: {
      title: `工单 ${p.number} 报价待客户确认`,
      text: `工单 ${p.number} 报价 ${p.amount}，等待客户确认。`,
    },
    en: {
      title: `Quote for work order ${p.number} awaits approval`,
      text: `The quote of ${p.amount} for work order ${p.number} awaits the customer's approval.`,
    },
  }),
  'workOrder.replacementAdvised': (p) => ({
    zh: {
      title: `工单 ${p.number} 建议更换设备`,
      text: `工单 ${p.number} 的维修费用已达到设备现值的设定比例，建议更换。`,
    },
    en: {
      title: `Replacement advised for work order ${p.number}`,
      text: `The repair cost of work order ${p.number} reaches the set share of the item's value: replacement is advised.`,
    },
  }),
  'workOrder.takenBack': (p) => ({
    zh: {
      title: `工单 ${p.number} 设备已带回`,
      text: `工单 ${p.number} 的设备已带回维修，返修单 ${p.returnNumber}。`,
    },
    en: {
      title: `Equipment of work order ${p.number} taken back`,
      text: `The equipment of work order ${p.number} was taken back for repair: repair return ${p.returnNumber}.`,
    },
  }),
  'repairReturn.quoteAwaiting': (p) => ({
    zh: {
      title: `返修单 ${p.number} 报价待客户确认`,
      text: `返修单 ${p.number} 经检测为人为损坏或已过保修期，报价 ${p.amount}，等待客户确认。`,
    },
    en: {
      title: `Quote for repair return ${p.number} awaits approval`,
      text: `Repair return ${p.number} is charged (human damage or out of warranty): the quote of ${p.amount} awaits the customer's approval.`,
    },
  }),
  'repairReturn.handedOver': (p) => ({
    zh: {
      title: `返修单 ${p.number} 待登记`,
      text: `${p.technician} 已交出返修单 ${p.number} 的物品，请确认交接并登记。`,
    },
    en: {
      title: `Repair return ${p.number} to register`,
      text: `${p.technician} handed over the item of repair return ${p.number}: confirm the handover and register it.`,
    },
  }),
  'repairReturn.chaseDue': (p) => ({
    zh: {
      title: `返修单 ${p.number} 应催促厂家`,
      text: `返修单 ${p.number} 在 ${p.vendor} 处，已到催促时间，请联系厂家并记录。`,
    },
    en: {
      title: `Chase the vendor for repair return ${p.number}`,
      text: `Repair return ${p.number} is with ${p.vendor}: a chase is due; contact the vendor and record it.`,
    },
  }),
  'repairReturn.chaseOverdue': (p, at) => ({
    zh: {
      title: `返修单 ${p.number} 催促已逾期`,
      text: `返修单 ${p.number}（${p.vendor}）应于 ${at(p.dueAt)} 催促，至今未记录。`,
    },
    en: {
      title: `Chase of repair return ${p.number} overdue`,
      text: `Repair return ${p.number} (${p.vendor}) was to be chased by ${at(p.dueAt)}; no chase is recorded.`,
    },
  }),
  'repairReturn.noticeDue': (p) => ({
    zh: {
      title: `返修单 ${p.number} 须告知客户`,
      text: `返修单 ${p.number} 返修时间超过约定天数，请向客户 ${p.customer} 说明情况并记录。`,
    },
    en: {
      title: `Tell the customer about repair return ${p.number}`,
      text: `Repair return ${p.number} takes longer than the notice days: tell ${p.customer} and record their answer.`,
    },
  }),
  'repairReturn.ready': (p) => ({
    zh: {
      title: `返修单 ${p.number} 可归还客户`,
      text: `返修单 ${p.number} 的物品已可归还客户 ${p.customer}。`,
    },
    en: {
      title: `Repair return ${p.number} ready to return`,
      text: `The item of repair return ${p.number} is ready to go back to ${p.customer}.`,
    },
  }),
  'inventory.belowReorder': (p) => ({
    zh: {
      title: `${p.part} 库存不足`,
      text: `${p.warehouse} 的 ${p.part} 库存为 ${p.quantity}，已低于或等于再订货点 ${p.reorderLevel}。`,
    },
    en: {
      title: `${p.part} is low`,
      text: `${p.warehouse} holds ${p.quantity} of ${p.part}, at or below its reorder level of ${p.reorderLevel}.`,
    },
  }),
  'loan.overdue': (p) => ({
    zh: {
      title: `备用机 ${p.code} 逾期未还`,
      text: `备用机 ${p.code} 借给 ${p.customer}，应于 ${p.dueOn} 归还，至今未还。`,
    },
    en: {
      title: `Loaner ${p.code} overdue`,
      text: `Loaner ${p.code}, lent to ${p.customer}, was due back on ${p.dueOn}.`,
    },
  }),
};

/** An ISO instant as the tenant reads it (2026-11-28 10:00); anything else as it is. */
export function localTime(iso: string, timeZone: string): string {
  const instant = new Date(iso);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(iso) || Number.isNaN(instant.getTime())) return iso;
  return documentTime(iso, timeZone);
}

function compose(zh: Lines, en: Lines, link: string | undefined): MessageText {
  const body = [zh.title, zh.text, '', en.title, en.text];
  if (link) body.push('', `查看 / Open: ${link}`);
  return { subject: `${zh.title} / ${en.title}`, body: body.join('\n') };
}

/** The e-mail and robot text of a notice, times in the tenant's zone, with its link. */
export function renderNotice<E extends NotificationEvent>(
  event: E,
  params: NotificationEventParams[E],
  options: { timeZone: string; link?: string },
): MessageText {
  const template = TEMPLATES[event] as Template<E>;
  const { zh, en } = template(params, (iso) => localTime(iso, options.timeZone));
  return compose(zh, en, options.link);
}

/** The text of "send test": proves a channel works, names who asked. */
export function renderTestMessage(company: string, requestedBy: string): MessageText {
  return compose(
    {
      title: `${company}：测试消息`,
      text: `这是 ${requestedBy} 从售后服务管理系统发送的测试消息。`,
    },
    {
      title: `${company}: test message`,
      text: `A test message sent by ${requestedBy} from the after-sales system.`,
    },
    undefined,
  );
}
