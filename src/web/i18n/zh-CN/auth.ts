export const auth = {
  loginTitle: '登录',
  username: '用户名',
  password: '密码',
  login: '登录',
  welcome: '欢迎，{{name}}',
  sessionExpired: '请重新登录',
  currentPassword: '当前密码',
  newPassword: '新密码',
  confirmPassword: '确认新密码',
  passwordMismatch: '两次输入的密码不一致',
  passwordChanged: '密码已修改',
  passwordPolicy:
    '密码至少 {{minLength}} 位，且包含大写字母、小写字母、数字、符号中的至少 {{minClasses}} 类',
};
