import type { ErrorEntry } from './error-entry';

/** Service requests from every channel: their devices, photos and merges. */
export const INTAKE_ERRORS = {
  DEVICE_NOT_OF_CUSTOMER: {
    status: 422,
    zh: '该设备不属于所选客户',
    en: 'This device does not belong to the chosen customer',
  },
  REQUEST_ALREADY_DECIDED: {
    status: 409,
    zh: '该服务请求已处理（已转工单、合并或驳回）',
    en: 'This service request was already converted, merged or rejected',
  },
  PHOTO_NOT_IMAGE: {
    status: 415,
    zh: '照片只能是 JPG、PNG、WebP 或 HEIC 图片',
    en: 'Photos must be JPG, PNG, WebP or HEIC images',
  },
  PHOTO_TOO_LARGE: {
    status: 413,
    zh: '每张照片不能超过 {maxMb} MB',
    en: 'Each photo may be at most {maxMb} MB',
  },
  TOO_MANY_PHOTOS: {
    status: 413,
    zh: '最多上传 {max} 张照片',
    en: 'At most {max} photos can be uploaded',
  },
  MERGE_INTO_SELF: {
    status: 422,
    zh: '不能把服务请求合并到它自己',
    en: 'A service request cannot be merged into itself',
  },
  MERGE_TARGET_CLOSED: {
    status: 422,
    zh: '只能合并到待受理或已转工单的服务请求，不能合并到已合并或已驳回的请求',
    en: 'Merge only into a received or converted request, not into a merged or rejected one',
  },
  MERGE_DIFFERENT_DEVICE: {
    status: 422,
    zh: '两个服务请求不是同一台设备，不能合并',
    en: 'The two service requests are about different devices and cannot be merged',
  },
  MERGE_DIFFERENT_CUSTOMER: {
    status: 422,
    zh: '两个服务请求不属于同一客户，不能合并',
    en: 'The two service requests belong to different customers and cannot be merged',
  },
} as const satisfies Record<string, ErrorEntry>;
