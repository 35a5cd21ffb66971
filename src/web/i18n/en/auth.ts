import type { Messages } from '../zh-CN';

export const auth: Messages['auth'] = {
  loginTitle: 'Sign in',
  username: 'Username',
  password: 'Password',
  login: 'Sign in',
  welcome: 'Welcome, {{name}}',
  sessionExpired: 'Please sign in again',
  currentPassword: 'Current password',
  newPassword: 'New password',
  confirmPassword: 'Confirm new password',
  passwordMismatch: 'The two passwords differ',
  passwordChanged: 'Password changed',
  passwordPolicy:
    'At least {{minLength}} characters from at least {{minClasses}} of upper case, lower case, digits and symbols',
};
