-- Row-level security for the repair-return and spare-parts tables (grants come from the
-- default privileges of 0001).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['repair_return_shipments', 'repair_return_chases',
    'repair_return_notices', 'parts', 'part_models', 'warehouses', 'stock_levels',
    'stock_units', 'stock_movements', 'stock_counts', 'stock_count_lines', 'loaner_units',
    'loans']
  LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('ALTER TABLE %I FORCE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant_isolation ON %I USING (tenant_id = app_tenant()) WITH CHECK (tenant_id = app_tenant())', t);
  END LOOP;
END $$;
--> statement-breakpoint
-- The stock ledger is append-only: the app may insert and read movements, never change them,
-- and a trigger refuses UPDATE and DELETE for everyone.
REVOKE UPDATE ON stock_movements FROM aftersales_app;
--> statement-breakpoint
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the stock ledger is append-only (% on %)', TG_OP, TG_TABLE_NAME;
END $$;
--> statement-breakpoint
CREATE TRIGGER stock_movements_append_only BEFORE UPDATE OR DELETE ON stock_movements
  FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
-- A part of the model links is removed when a part stops fitting a model.
GRANT DELETE ON part_models TO aftersales_app;
