import type { SessionUser } from '../../features/accounts/account.schemas';
import { ApiError } from '../api/ApiError';
import { apiRequest } from '../api/apiRequest';

/** The signed-in user, or null when nobody is (401). */
export async function fetchSession(): Promise<SessionUser | null> {
  try {
    return await apiRequest<SessionUser>('/auth/me');
  } catch (error) {
    if (error instanceof ApiError && error.isUnauthenticated) return null;
    throw error;
  }
}

export function login(body: { username: string; password: string }): Promise<SessionUser> {
  return apiRequest<SessionUser>('/auth/login', { method: 'POST', body });
}

export function logout(): Promise<void> {
  return apiRequest<void>('/auth/logout', { method: 'POST' });
}

export function changePassword(body: {
  currentPassword: string;
  newPassword: string;
}): Promise<void> {
  return apiRequest<void>('/auth/password', { method: 'POST', body });
}

export interface PasswordPolicy {
  minLength: number;
  minClasses: number;
}

export function fetchPasswordPolicy(): Promise<PasswordPolicy> {
  return apiRequest<PasswordPolicy>('/auth/password-policy');
}
