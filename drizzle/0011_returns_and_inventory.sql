CREATE TABLE "repair_return_chases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"repair_return_id" uuid NOT NULL,
	"chased_at" timestamp with time zone NOT NULL,
	"chased_by" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"answer" text NOT NULL,
	"promised_on" date,
	"due_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repair_return_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"repair_return_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" uuid,
	"channel" text,
	"message" text,
	"customer_answer" text,
	"loaner_offered" boolean DEFAULT false NOT NULL,
	"loan_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "repair_return_shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"status" text NOT NULL,
	"vendor_id" uuid NOT NULL,
	"vendor_contact_id" uuid,
	"ship_to_address" text NOT NULL,
	"carrier" text,
	"tracking_number" text,
	"expected_arrival_on" date,
	"note" text,
	"created_by" uuid NOT NULL,
	"shipped_by" uuid,
	"shipped_at" timestamp with time zone,
	"arrived_on" date,
	"received_by_name" text,
	"arrival_confirmed_by" uuid,
	"arrival_confirmed_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loaner_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"model_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"status" text DEFAULT 'available' NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"loaner_unit_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"repair_return_id" uuid,
	"lent_at" timestamp with time zone NOT NULL,
	"lent_by" uuid NOT NULL,
	"due_on" date NOT NULL,
	"condition_out" text,
	"returned_at" timestamp with time zone,
	"returned_by" uuid,
	"condition_back" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "part_models" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"model_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"unit" text DEFAULT '个' NOT NULL,
	"serial_tracked" boolean DEFAULT false NOT NULL,
	"price_cents" integer NOT NULL,
	"note" text,
	"cancelled_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_count_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"count_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"expected_quantity" integer NOT NULL,
	"counted_quantity" integer
);
--> statement-breakpoint
CREATE TABLE "stock_counts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"number" text NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"created_by" uuid NOT NULL,
	"posted_by" uuid,
	"posted_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_levels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"warehouse_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"quantity" integer DEFAULT 0 NOT NULL,
	"reorder_level" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_levels_quantity_nonnegative" CHECK ("stock_levels"."quantity" >= 0)
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"part_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"from_warehouse_id" uuid,
	"to_warehouse_id" uuid,
	"serial_number" text,
	"work_order_id" uuid,
	"repair_return_id" uuid,
	"stock_count_id" uuid,
	"reason" text,
	"actor_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "stock_movements_quantity_positive" CHECK ("stock_movements"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "stock_units" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"status" text NOT NULL,
	"warehouse_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warehouses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tenant_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"technician_id" uuid,
	"address" text,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "work_order_parts" ADD COLUMN "serial_number" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "source" text DEFAULT 'take_back' NOT NULL;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "urgent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "tested_by" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "tested_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "test_result" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "cause" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "coverage" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "charged" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "quote_cents" integer;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "quote_signature_id" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "quote_decided_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "expected_return_on" date;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "handed_over_by" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "handed_over_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "registered_by" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "registered_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "registration_note" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "storage_location" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "vendor_id" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "shipment_id" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "shipped_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "at_vendor_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "next_chase_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "last_chased_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "promised_on" date;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "outcome" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "outcome_note" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "replacement_serial" text;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "replacement_asset_id" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "back_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "back_by" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "returned_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "returned_by" uuid;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD COLUMN "return_signature_id" uuid;--> statement-breakpoint
ALTER TABLE "repair_return_chases" ADD CONSTRAINT "repair_return_chases_repair_return_id_repair_returns_id_fk" FOREIGN KEY ("repair_return_id") REFERENCES "public"."repair_returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_chases" ADD CONSTRAINT "repair_return_chases_chased_by_users_id_fk" FOREIGN KEY ("chased_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_notices" ADD CONSTRAINT "repair_return_notices_repair_return_id_repair_returns_id_fk" FOREIGN KEY ("repair_return_id") REFERENCES "public"."repair_returns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_notices" ADD CONSTRAINT "repair_return_notices_done_by_users_id_fk" FOREIGN KEY ("done_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_shipments" ADD CONSTRAINT "repair_return_shipments_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_shipments" ADD CONSTRAINT "repair_return_shipments_vendor_contact_id_vendor_contacts_id_fk" FOREIGN KEY ("vendor_contact_id") REFERENCES "public"."vendor_contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_shipments" ADD CONSTRAINT "repair_return_shipments_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_shipments" ADD CONSTRAINT "repair_return_shipments_shipped_by_users_id_fk" FOREIGN KEY ("shipped_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_return_shipments" ADD CONSTRAINT "repair_return_shipments_arrival_confirmed_by_users_id_fk" FOREIGN KEY ("arrival_confirmed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_units" ADD CONSTRAINT "loaner_units_model_id_product_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."product_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loaner_units" ADD CONSTRAINT "loaner_units_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_loaner_unit_id_loaner_units_id_fk" FOREIGN KEY ("loaner_unit_id") REFERENCES "public"."loaner_units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_customer_id_customers_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."customers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_lent_by_users_id_fk" FOREIGN KEY ("lent_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loans" ADD CONSTRAINT "loans_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_models" ADD CONSTRAINT "part_models_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "part_models" ADD CONSTRAINT "part_models_model_id_product_models_id_fk" FOREIGN KEY ("model_id") REFERENCES "public"."product_models"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_count_id_stock_counts_id_fk" FOREIGN KEY ("count_id") REFERENCES "public"."stock_counts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_count_lines" ADD CONSTRAINT "stock_count_lines_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_counts" ADD CONSTRAINT "stock_counts_posted_by_users_id_fk" FOREIGN KEY ("posted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_levels" ADD CONSTRAINT "stock_levels_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_from_warehouse_id_warehouses_id_fk" FOREIGN KEY ("from_warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_to_warehouse_id_warehouses_id_fk" FOREIGN KEY ("to_warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_movements" ADD CONSTRAINT "stock_movements_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_units" ADD CONSTRAINT "stock_units_part_id_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_units" ADD CONSTRAINT "stock_units_warehouse_id_warehouses_id_fk" FOREIGN KEY ("warehouse_id") REFERENCES "public"."warehouses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "warehouses" ADD CONSTRAINT "warehouses_technician_id_users_id_fk" FOREIGN KEY ("technician_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "repair_return_chases_rr_idx" ON "repair_return_chases" USING btree ("tenant_id","repair_return_id","chased_at");--> statement-breakpoint
CREATE UNIQUE INDEX "repair_return_notices_reason_key" ON "repair_return_notices" USING btree ("tenant_id","repair_return_id","reason");--> statement-breakpoint
CREATE INDEX "repair_return_notices_open_idx" ON "repair_return_notices" USING btree ("tenant_id","done_at","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "repair_return_shipments_number_key" ON "repair_return_shipments" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "repair_return_shipments_status_idx" ON "repair_return_shipments" USING btree ("tenant_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "loaner_units_code_key" ON "loaner_units" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "loaner_units_serial_key" ON "loaner_units" USING btree ("tenant_id","model_id","serial_number");--> statement-breakpoint
CREATE INDEX "loans_unit_idx" ON "loans" USING btree ("tenant_id","loaner_unit_id","lent_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "loans_open_key" ON "loans" USING btree ("tenant_id","loaner_unit_id") WHERE returned_at IS NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "part_models_key" ON "part_models" USING btree ("tenant_id","part_id","model_id");--> statement-breakpoint
CREATE INDEX "part_models_model_idx" ON "part_models" USING btree ("tenant_id","model_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parts_code_key" ON "parts" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_count_lines_key" ON "stock_count_lines" USING btree ("tenant_id","count_id","part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_counts_number_key" ON "stock_counts" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_levels_key" ON "stock_levels" USING btree ("tenant_id","warehouse_id","part_id");--> statement-breakpoint
CREATE INDEX "stock_levels_part_idx" ON "stock_levels" USING btree ("tenant_id","part_id");--> statement-breakpoint
CREATE INDEX "stock_movements_part_idx" ON "stock_movements" USING btree ("tenant_id","part_id","at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "stock_movements_order_idx" ON "stock_movements" USING btree ("tenant_id","work_order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "stock_units_serial_key" ON "stock_units" USING btree ("tenant_id","part_id","serial_number");--> statement-breakpoint
CREATE INDEX "stock_units_warehouse_idx" ON "stock_units" USING btree ("tenant_id","warehouse_id","part_id");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_code_key" ON "warehouses" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "warehouses_technician_key" ON "warehouses" USING btree ("tenant_id","technician_id") WHERE technician_id IS NOT NULL AND cancelled_at IS NULL;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_tested_by_users_id_fk" FOREIGN KEY ("tested_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_handed_over_by_users_id_fk" FOREIGN KEY ("handed_over_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_registered_by_users_id_fk" FOREIGN KEY ("registered_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_vendor_id_vendors_id_fk" FOREIGN KEY ("vendor_id") REFERENCES "public"."vendors"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_back_by_users_id_fk" FOREIGN KEY ("back_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "repair_returns" ADD CONSTRAINT "repair_returns_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "repair_returns_vendor_idx" ON "repair_returns" USING btree ("tenant_id","vendor_id");--> statement-breakpoint
CREATE INDEX "repair_returns_shipment_idx" ON "repair_returns" USING btree ("tenant_id","shipment_id");--> statement-breakpoint
CREATE INDEX "repair_returns_chase_idx" ON "repair_returns" USING btree ("tenant_id","next_chase_at");