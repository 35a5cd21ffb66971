import { withClient } from './bench-db';

/**
 * `count` fresh hotline calls for the creates to turn into work orders, one per request, made
 * by one INSERT … SELECT over generate_series. They skip the hotlineCall.create audit
 * event: they are fixtures for measuring POST /api/work-orders, not part of the measurement.
 * Run as the owner with the tenant set, so row-level security checks the tenant.
 */
export async function createCallsForCreates(url: string, count: number): Promise<string[]> {
  return withClient(url, async (client) => {
    await client.query('BEGIN');
    const { rows: tenant } = await client.query<{ id: string }>(
      `SELECT t.id FROM tenants t JOIN login_names l ON l.tenant_id = t.id
       WHERE l.username = 'dispatcher'`,
    );
    const tenantId = tenant[0]!.id;
    await client.query(`SELECT set_config('app.tenant_id', $1, true)`, [tenantId]);
    const { rows } = await client.query<{ id: string }>(
      `WITH d AS (
         SELECT d.id AS department_id, d.customer_id, d.name,
                row_number() OVER (ORDER BY d.id) - 1 AS k, count(*) OVER () AS n
         FROM departments d),
       desk AS (SELECT user_id FROM login_names WHERE username = 'dispatcher')
       INSERT INTO hotline_calls (tenant_id, caller_name, caller_phone, customer_id,
         department_id, device_description, fault_description, urgency, received_by, received_at)
       SELECT $1::uuid, d.name || '王老师', '1390951' || lpad((g % 10000)::text, 4, '0'),
              d.customer_id, d.department_id, '联想 ThinkCentre M920 台式机',
              '开机无显示，风扇转', (ARRAY['normal','normal','urgent','critical'])[1 + g % 4],
              desk.user_id, now() - interval '5 minutes'
       FROM generate_series(1, $2::int) AS g
       JOIN d ON d.k = g % d.n
       CROSS JOIN desk
       RETURNING id`,
      [tenantId, count],
    );
    await client.query('COMMIT');
    return rows.map((r) => r.id);
  });
}
