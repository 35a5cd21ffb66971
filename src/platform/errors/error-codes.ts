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
  QUOTE_APPROVAL_REQUIRED: {
    status: 409,
    zh: '保修期外的维修须先经客户确认报价',
    en: 'Out-of-warranty work needs the customer to approve the quote first',
  },
  // The on-site workflow (work orders).
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
  BRAND_NAME_TAKEN: { status: 409, zh: '该品牌名称已存在', en: 'A brand with this name exists' },
  VENDOR_NAME_TAKEN: {
    status: 409,
    zh: '该厂家/经销商名称已存在',
    en: 'A vendor with this name exists',
  },
  MODEL_CODE_TAKEN: {
    status: 409,
    zh: '该品牌下已有相同型号编码',
    en: 'This brand already has a model with this code',
  },
  ASSET_SERIAL_TAKEN: {
    status: 409,
    zh: '该型号下已有相同序列号的设备',
    en: 'A unit of this model with this serial number is already registered',
  },
  CONTRACT_NUMBER_TAKEN: {
    status: 409,
    zh: '该服务合同编号已存在',
    en: 'A service contract with this number exists',
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
  ASSET_CUSTOMER_MISMATCH: {
    status: 422,
    zh: '合同中的设备必须属于该合同的客户',
    en: "A contract's assets must belong to its customer",
  },
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
  WARRANTY_POLICY_NAME_TAKEN: {
    status: 409,
    zh: '该保修政策名称已被使用',
    en: 'This warranty policy name is already taken',
  },
  WARRANTY_POLICY_CANCELLED: {
    status: 422,
    zh: '该保修政策已作废，不能修改',
    en: 'This warranty policy is cancelled and cannot be changed',
  },
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
  IMPORT_NOT_XLSX: {
    status: 415,
    zh: '请上传 Excel 文件（.xlsx）',
    en: 'Please upload an Excel file (.xlsx)',
  },
  IMPORT_MISSING_COLUMNS: {
    status: 422,
    zh: '文件缺少必填列：{columnsZh}。请使用导入模板',
    en: 'The file lacks required columns: {columnsEn}. Please use the import template',
  },
  IMPORT_TOO_MANY_ROWS: {
    status: 422,
    zh: '一次最多导入 {max} 行，请拆分文件',
    en: 'At most {max} rows per import; please split the file',
  },
  EXPORT_TOO_MANY_ROWS: {
    status: 422,
    zh: '导出超过 {max} 行，请缩小筛选范围',
    en: 'The export exceeds {max} rows; please narrow the filters',
  },
  LABEL_SHEET_INVALID: {
    status: 422,
    zh: '标签版式无效：每页 1–{maxColumns} 列、1–{maxRows} 行，页边距 0–{maxMarginMm} 毫米',
    en: 'Invalid label layout: 1–{maxColumns} columns, 1–{maxRows} rows and a page margin of 0–{maxMarginMm} mm',
  },
  LABEL_NO_ASSETS: {
    status: 422,
    zh: '没有可打印标签的设备',
    en: 'There are no devices to print labels for',
  },
  LABEL_SHEET_TOO_LARGE: {
    status: 422,
    zh: '一次最多打印 {max} 个标签，请按科室分批打印',
    en: 'At most {max} labels can be printed at once; print one department at a time',
  },
  PUBLIC_CODE_TAKEN: {
    status: 409,
    zh: '该公开页代码已被其他公司使用',
    en: 'This public page code is already taken',
  },
  NO_DEFAULT_CALENDAR: {
    status: 422,
    zh: '没有 {year} 年的默认节假日数据，请手动添加',
    en: 'There are no default holidays for {year}; add the days by hand',
  },
  UNKNOWN_ZONE: {
    status: 422,
    zh: '服务区域不存在',
    en: 'No such service zone',
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
  SMTP_NOT_CONFIGURED: {
    status: 422,
    zh: '邮件通知须先填写 SMTP 服务器、端口和发件人',
    en: 'E-mail needs the SMTP server, port and sender first',
  },
  WECOM_WEBHOOK_MISSING: {
    status: 422,
    zh: '企业微信机器人须先填写 Webhook 地址',
    en: 'The WeCom robot needs its webhook URL first',
  },
  DINGTALK_WEBHOOK_MISSING: {
    status: 422,
    zh: '钉钉机器人须先填写 Webhook 地址',
    en: 'The DingTalk robot needs its webhook URL first',
  },
  NOTIFICATION_NO_EMAIL: {
    status: 422,
    zh: '您的账号没有邮箱地址，请填写测试邮件的收件地址',
    en: 'Your account has no e-mail address; enter one to send the test to',
  },
  // Repair returns (返修).
  RETURN_QUOTE_REQUIRED: {
    status: 409,
    zh: '须由客户付费的返修（人为损坏或保修期外），须先经客户确认报价',
    en: 'Charged repairs (human damage or out of warranty) need the customer to approve the quote first',
  },
  RETURN_QUOTE_MISSING: {
    status: 422,
    zh: '人为损坏或保修期外的物品须填写报价金额',
    en: 'A quote is required for human damage or out-of-warranty items',
  },
  RETURN_COVERAGE_MISSING: {
    status: 422,
    zh: '该物品没有设备档案（或保修状态未知），请填写保修情况',
    en: 'No device (or no known warranty) is on file for this item: state its warranty',
  },
  HANDOVER_SAME_PERSON: {
    status: 409,
    zh: '交接须由另一人确认：交出物品的人不能自己登记接收',
    en: 'The handover must be confirmed by someone else than the person who handed over',
  },
  REPLACEMENT_SERIAL_REQUIRED: {
    status: 422,
    zh: '厂家换新须填写新机序列号',
    en: 'A replaced item needs the new serial number',
  },
  VENDOR_REASON_REQUIRED: {
    status: 422,
    zh: '厂家拒修须填写厂家给出的原因',
    en: "A refusal needs the vendor's reason",
  },
  SHIPMENT_VENDOR_MISMATCH: {
    status: 409,
    zh: '一个发运单只能装运发往同一厂家的返修物品',
    en: 'One shipment carries items for one vendor only',
  },
  SHIP_TO_ADDRESS_MISSING: {
    status: 422,
    zh: '该厂家没有登记地址，请填写收货地址',
    en: 'The vendor has no address on file; enter the address to ship to',
  },
  SHIPMENT_EMPTY: {
    status: 409,
    zh: '发运单中还没有物品',
    en: 'The shipment has no items yet',
  },
  SHIPMENT_NOT_PACKING: {
    status: 409,
    zh: '发运单已发出，不能再更改物品',
    en: 'The shipment has left; its items can no longer change',
  },
  RETURN_ALREADY_PACKED: {
    status: 409,
    zh: '该返修物品已装入另一个发运单',
    en: 'This item is already packed in another shipment',
  },
  NOTICE_ALREADY_DONE: {
    status: 409,
    zh: '该客户告知已记录',
    en: 'This customer notice has already been recorded',
  },
  // Spare parts (备品备件).
  PART_CODE_TAKEN: { status: 409, zh: '备件编码已存在', en: 'This part code is already in use' },
  WAREHOUSE_CODE_TAKEN: {
    status: 409,
    zh: '仓库编码已存在',
    en: 'This warehouse code is already in use',
  },
  VAN_TAKEN: {
    status: 409,
    zh: '该维修人员已有随车库',
    en: 'This technician already has a van warehouse',
  },
  NO_VAN_WAREHOUSE: {
    status: 409,
    zh: '该维修人员还没有随车库，请先由仓管建立',
    en: 'This technician has no van warehouse yet; ask the warehouse keeper to set one up',
  },
  INSUFFICIENT_STOCK: {
    status: 409,
    zh: '库存不足',
    en: 'Not enough stock',
  },
  SERIAL_REQUIRED: {
    status: 422,
    zh: '按序列号管理的备件须逐一填写序列号，数量与序列号个数一致',
    en: 'Serial-tracked parts need one serial number per unit',
  },
  SERIAL_NOT_IN_STOCK: {
    status: 409,
    zh: '该序列号不在此仓库的库存中',
    en: 'This serial number is not in stock in this warehouse',
  },
  SERIAL_ALREADY_IN_STOCK: {
    status: 409,
    zh: '该序列号已在库存中',
    en: 'This serial number is already in stock',
  },
  SAME_WAREHOUSE: {
    status: 422,
    zh: '调出与调入仓库不能相同',
    en: 'The source and destination warehouses must differ',
  },
  STOCK_COUNT_INCOMPLETE: {
    status: 409,
    zh: '盘点还有未录入实盘数量的备件',
    en: 'Some lines of the stock count have no counted quantity yet',
  },
  LOANER_NOT_AVAILABLE: {
    status: 409,
    zh: '该备用机当前不可借出',
    en: 'This loaner unit is not available',
  },
  LOANER_CODE_TAKEN: {
    status: 409,
    zh: '备用机编号已存在',
    en: 'This loaner code is already in use',
  },
  LOANER_SERIAL_TAKEN: {
    status: 409,
    zh: '该型号下已有相同序列号的备用机',
    en: 'A loaner of this model with this serial number is already registered',
  },
  WAREHOUSE_NOT_EMPTY: {
    status: 409,
    zh: '仓库中还有库存或备用机，不能作废',
    en: 'The warehouse still holds stock or loaner units and cannot be cancelled',
  },
  SERIAL_TRACKING_LOCKED: {
    status: 409,
    zh: '该备件已有出入库记录，不能更改是否按序列号管理',
    en: 'This part has stock movements; whether it is serial-tracked can no longer change',
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
