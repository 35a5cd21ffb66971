import { listUsers, listUsersQuery } from '../../accounts';
import { defineExport } from '../define-export';
import { joinLabels, LABELS, labelOf } from '../export-labels';

/** The user list's own use case and filters; administrators only, like the screen. */
export const usersExport = defineExport({
  permission: 'users.manage',
  name: { zh: '用户', en: 'Users' },
  query: listUsersQuery.omit({ page: true, pageSize: true }),
  async load(tx, ctx, filter, limit) {
    const { items } = await listUsers(tx, ctx, { ...filter, page: 1, pageSize: limit });
    return items;
  },
  columns: [
    { zh: '用户名', en: 'Username', value: (r) => r.username },
    { zh: '姓名', en: 'Name', value: (r) => r.displayName },
    { zh: '电话', en: 'Phone', value: (r) => r.phone },
    {
      zh: '角色',
      en: 'Roles',
      width: 28,
      value: (r, l) =>
        joinLabels(
          r.roles.map((role) => labelOf(LABELS.role, role, l)),
          l,
        ),
    },
    { zh: '状态', en: 'Status', value: (r, l) => labelOf(LABELS.enabled, !r.isDisabled, l) },
    { zh: '最近登录', en: 'Last sign-in', kind: 'datetime', value: (r) => r.lastLoginAt },
    { zh: '创建时间', en: 'Created at', kind: 'datetime', value: (r) => r.createdAt },
  ],
});
