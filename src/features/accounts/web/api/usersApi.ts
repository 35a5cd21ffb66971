import type { CreateUserBody, TechnicianView, UserView } from '../../account.schemas';
import type { Role } from '../../roles';
import type { Page } from '../../../../web/api/Page';
import { apiRequest } from '../../../../web/api/apiRequest';
import type { PasswordPolicy } from '../../../../web/auth/sessionApi';

export interface UserListParams {
  q?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface UpdateUserBody {
  displayName?: string;
  phone?: string | null;
  email?: string | null;
  roles?: Role[];
}

export const usersApi = {
  list: (query: UserListParams) => apiRequest<Page<UserView>>('/users', { query: { ...query } }),
  create: (body: CreateUserBody) => apiRequest<UserView>('/users', { method: 'POST', body }),
  update: (id: string, body: UpdateUserBody) =>
    apiRequest<UserView>(`/users/${id}`, { method: 'PATCH', body }),
  disable: (id: string, reason: string) =>
    apiRequest<UserView>(`/users/${id}/disable`, { method: 'POST', body: { reason } }),
  enable: (id: string) => apiRequest<UserView>(`/users/${id}/enable`, { method: 'POST' }),
  resetPassword: (id: string, newPassword: string) =>
    apiRequest<void>(`/users/${id}/reset-password`, { method: 'POST', body: { newPassword } }),
  updatePasswordPolicy: (body: PasswordPolicy) =>
    apiRequest<PasswordPolicy>('/auth/password-policy', { method: 'PUT', body }),
  technicians: () => apiRequest<TechnicianView[]>('/technicians'),
};
