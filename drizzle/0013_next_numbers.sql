-- Reserves the next `p_count` numbers of a per-tenant, per-day series in one autocommit
-- statement and returns the last of them: concurrent creates share one statement
-- (platform/numbering's batched reservations). As app_next_number, the counter row is locked
-- only for this statement.
CREATE FUNCTION app_next_numbers(p_tenant uuid, p_scope text, p_day date, p_count integer)
RETURNS integer LANGUAGE plpgsql AS $$
DECLARE v integer;
BEGIN
  IF p_count IS NULL OR p_count < 1 THEN
    RAISE EXCEPTION 'app_next_numbers: count must be at least 1, not %', p_count;
  END IF;
  PERFORM set_config('app.tenant_id', p_tenant::text, true);
  INSERT INTO daily_counters (tenant_id, scope, day, value)
  VALUES (p_tenant, p_scope, p_day, p_count)
  ON CONFLICT (tenant_id, scope, day) DO UPDATE SET value = daily_counters.value + p_count
  RETURNING value INTO v;
  RETURN v;
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_next_numbers(uuid, text, date, integer) TO aftersales_app;
