-- Row-level security for the installed-base, policy and intake tables (grants come from the
-- default privileges of 0001). public_tokens is a platform table: read by its token before the
-- tenant is known, like sessions.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['warranty_policies', 'brands', 'vendors', 'vendor_contacts',
    'product_models', 'assets', 'service_contracts', 'service_contract_assets', 'fee_standards',
    'quotes', 'service_commitments', 'calendar_days', 'service_requests', 'files']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  END LOOP;
END $$;
--> statement-breakpoint
GRANT DELETE ON service_contract_assets, calendar_days TO aftersales_app;
