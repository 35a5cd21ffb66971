-- Row-level security for the on-site workflow, repair-return, service-clock and notification
-- tables (grants come from the default privileges of 0001). `jobs` is a platform table: the
-- runner finds due jobs of every tenant, then does each inside that tenant's transaction.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['work_order_visits', 'car_requests', 'work_order_parts',
    'work_order_signatures', 'work_order_photos', 'service_settings', 'repair_returns',
    'repair_return_items', 'sla_timers', 'notifications', 'outbox_messages',
    'delivery_attempts', 'notification_settings']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- A part recorded by mistake is removed before the order closes.
GRANT DELETE ON work_order_parts TO aftersales_app;
