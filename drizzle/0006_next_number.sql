-- Reserves the next number of a per-tenant, per-day series in one autocommit statement: the
-- counter row is locked only for that statement, not until the caller's create commits.
CREATE FUNCTION app_next_number(p_tenant uuid, p_scope text, p_day date) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE v integer;
BEGIN
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  INSERT INTO daily_counters (tenant_id, scope, day, value) VALUES (p_tenant, p_scope, p_day, 1)
  ON CONFLICT (tenant_id, scope, day) DO UPDATE SET value = daily_counters.value + 1
  RETURNING value INTO v;
  RETURN v;
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_next_number(uuid, text, date) TO aftersales_app;
