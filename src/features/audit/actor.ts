/** Who did something, as written into every audit event. */
export interface Actor {
  tenantId: string;
  userId: string | null;
  name: string;
  /** The actor's roles, comma-separated, or 'system'. */
  role: string;
  sourceIp: string | null;
}

export function systemActor(tenantId: string, name = 'system'): Actor {
  return { tenantId, userId: null, name, role: 'system', sourceIp: null };
}
