import type { UserView } from './account.schemas';
import type { users } from './accounts.table';
import type { Role } from './roles';

export function toUserView(row: typeof users.$inferSelect): UserView {
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    phone: row.phone,
    email: row.email,
    roles: row.roles as Role[],
    isDisabled: row.isDisabled,
    disabledReason: row.disabledReason,
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** What the audit trail keeps of a user: never the password hash. */
export function auditedUser(row: typeof users.$inferSelect): Record<string, unknown> {
  const { id, username, displayName, phone, email, roles, isDisabled, disabledReason } = row;
  return { id, username, displayName, phone, email, roles, isDisabled, disabledReason };
}
