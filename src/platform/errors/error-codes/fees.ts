import type { ErrorEntry } from './error-entry';

/** The fee standard (收费标准) and quotes. */
export const FEE_ERRORS = {
  FEE_STANDARD_PUBLISHED: {
    status: 409,
    zh: '已发布的收费标准不能修改，请新建草稿',
    en: 'A published fee standard cannot be changed; create a new draft',
  },
  FEE_STANDARD_DRAFT_EXISTS: {
    status: 409,
    zh: '已有未发布的草稿，请先编辑并发布它',
    en: 'There is already an unpublished draft; edit and publish it first',
  },
  FEE_STANDARD_BACKDATED: {
    status: 422,
    zh: '生效日期不能早于今天',
    en: 'The effective date cannot be before today',
  },
  NO_FEE_STANDARD: {
    status: 422,
    zh: '今天没有生效的维修收费标准，请先发布一个版本',
    en: 'No fee standard is in effect today; publish one first',
  },
  QUOTE_CATEGORY_NOT_FOUND: {
    status: 422,
    zh: '所选产品类别不存在或已作废',
    en: 'The chosen product category does not exist or is cancelled',
  },
  QUOTE_ASSET_NOT_FOUND: {
    status: 422,
    zh: '所选设备不存在',
    en: 'The chosen device does not exist',
  },
  QUOTE_ZONE_REQUIRED: {
    status: 422,
    zh: '收费标准按区域收取上门费，请选择一个区域',
    en: 'The fee standard charges travel by zone; choose a zone',
  },
  QUOTE_ZONE_UNKNOWN: {
    status: 422,
    zh: '收费标准中没有区域 {zone} 的上门费',
    en: 'The fee standard has no travel fee for the zone {zone}',
  },
  QUOTE_DISTANCE_REQUIRED: {
    status: 422,
    zh: '收费标准按距离收取上门费，请填写公里数',
    en: 'The fee standard charges travel by distance; enter the kilometres',
  },
  QUOTE_TOO_LARGE: {
    status: 422,
    zh: '报价金额过大，请检查数量和单价',
    en: 'The quote is too large; check the quantities and prices',
  },
} as const satisfies Record<string, ErrorEntry>;
