import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { at, createdAt, id, tenantId, updatedAt } from '../../platform/db/columns';
import { productCategories } from '../catalog/catalog.table';
import { customers, departments } from '../customers/customers.table';
import { warrantyPolicies } from '../warranty/warranty.table';

/** A brand (品牌) such as 联想 or 迈瑞. */
export const brands = pgTable(
  'brands',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('brands_name_key').on(t.tenantId, t.name)],
);

/** 厂家或上级经销商: where items go for repair returns; has after-sales contacts. */
export const vendors = pgTable(
  'vendors',
  {
    id: id(),
    tenantId: tenantId(),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['manufacturer', 'dealer'] }).notNull(),
    phone: text('phone'),
    email: text('email'),
    address: text('address'),
    note: text('note'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('vendors_name_key').on(t.tenantId, t.name)],
);

export const vendorContacts = pgTable(
  'vendor_contacts',
  {
    id: id(),
    tenantId: tenantId(),
    vendorId: uuid('vendor_id')
      .notNull()
      .references(() => vendors.id),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    title: text('title'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [index('vendor_contacts_vendor_idx').on(t.tenantId, t.vendorId)],
);

/** A product model (型号): what an asset is, and the warranty it comes with. */
export const productModels = pgTable(
  'product_models',
  {
    id: id(),
    tenantId: tenantId(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    categoryId: uuid('category_id')
      .notNull()
      .references(() => productCategories.id),
    brandId: uuid('brand_id')
      .notNull()
      .references(() => brands.id),
    vendorId: uuid('vendor_id').references(() => vendors.id),
    warrantyPolicyId: uuid('warranty_policy_id').references(() => warrantyPolicies.id),
    /** Today's price of a new unit, in fen: the "current value" that replacement advice weighs. */
    listPriceCents: integer('list_price_cents'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('product_models_brand_code_key').on(t.tenantId, t.brandId, t.code)],
);

export const ASSET_STATUSES = ['in_service', 'under_repair', 'loaned', 'retired'] as const;
export type AssetStatus = (typeof ASSET_STATUSES)[number];

/** 设备: one installed unit at a customer, identified by model and serial number. */
export const assets = pgTable(
  'assets',
  {
    id: id(),
    tenantId: tenantId(),
    serialNumber: text('serial_number').notNull(),
    modelId: uuid('model_id')
      .notNull()
      .references(() => productModels.id),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    departmentId: uuid('department_id').references(() => departments.id),
    /** Where in the building: 门诊楼3层 护士站. */
    location: text('location'),
    purchasedOn: date('purchased_on', { mode: 'string' }),
    installedOn: date('installed_on', { mode: 'string' }),
    /** Overrides the model's policy for this unit. */
    warrantyPolicyId: uuid('warranty_policy_id').references(() => warrantyPolicies.id),
    purchasePriceCents: integer('purchase_price_cents'),
    lat: doublePrecision('lat'),
    lng: doublePrecision('lng'),
    status: text('status', { enum: ASSET_STATUSES }).notNull().default('in_service'),
    /** Set when a vendor replaces the unit: the asset keeps the link old → new. */
    replacedById: uuid('replaced_by_id'),
    note: text('note'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('assets_model_serial_key').on(t.tenantId, t.modelId, t.serialNumber),
    index('assets_tenant_serial_idx').on(t.tenantId, t.serialNumber),
    index('assets_tenant_customer_idx').on(t.tenantId, t.customerId, t.departmentId),
  ],
);

/** A service contract (服务合同) that extends warranty cover for the assets it lists. */
export const serviceContracts = pgTable(
  'service_contracts',
  {
    id: id(),
    tenantId: tenantId(),
    number: text('number').notNull(),
    customerId: uuid('customer_id')
      .notNull()
      .references(() => customers.id),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    endsOn: date('ends_on', { mode: 'string' }).notNull(),
    coversParts: boolean('covers_parts').notNull().default(true),
    coversLabour: boolean('covers_labour').notNull().default(true),
    coversTravel: boolean('covers_travel').notNull().default(true),
    note: text('note'),
    cancelledAt: at('cancelled_at'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('service_contracts_number_key').on(t.tenantId, t.number)],
);

export const serviceContractAssets = pgTable(
  'service_contract_assets',
  {
    id: id(),
    tenantId: tenantId(),
    contractId: uuid('contract_id')
      .notNull()
      .references(() => serviceContracts.id),
    assetId: uuid('asset_id')
      .notNull()
      .references(() => assets.id),
  },
  (t) => [
    uniqueIndex('service_contract_assets_key').on(t.tenantId, t.contractId, t.assetId),
    index('service_contract_assets_asset_idx').on(t.tenantId, t.assetId),
  ],
);
