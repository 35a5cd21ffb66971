DROP INDEX "work_orders_tenant_created_idx";--> statement-breakpoint
DROP INDEX "work_orders_tenant_status_created_idx";--> statement-breakpoint
CREATE INDEX "work_orders_tenant_created_id_idx" ON "work_orders" USING btree ("tenant_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "work_orders_tenant_status_created_id_idx" ON "work_orders" USING btree ("tenant_id","status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);