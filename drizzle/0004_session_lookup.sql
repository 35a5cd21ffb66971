-- One round trip per request for the session check: finds the session, sets the tenant for
-- the rest of the statement, and reads the user and tenant under row-level security.
CREATE FUNCTION app_session(p_id text)
RETURNS TABLE (
  out_tenant_id uuid, out_user_id uuid, out_created_at timestamptz, out_last_seen_at timestamptz,
  out_revoked_at timestamptz, out_username text, out_display_name text, out_roles text[],
  out_is_disabled boolean, out_tenant_name text, out_tenant_timezone text
)
LANGUAGE plpgsql AS $$
DECLARE s sessions%ROWTYPE;
BEGIN
  SELECT * INTO s FROM sessions WHERE id = p_id;
  IF NOT FOUND THEN RETURN; END IF;
  PERFORM set_config('app.tenant_id', s.tenant_id::text, true);
  RETURN QUERY
    SELECT s.tenant_id, s.user_id, s.created_at, s.last_seen_at, s.revoked_at, u.username,
           u.display_name, u.roles, u.is_disabled, t.name, t.timezone
    FROM users u JOIN tenants t ON t.id = u.tenant_id
    WHERE u.id = s.user_id;
END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION app_session(text) TO aftersales_app;
