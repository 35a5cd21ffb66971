import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Flex, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { errorText } from '../../../web/api/errorText';
import { homePathFor } from '../../../web/auth/homePathFor';
import { safeRedirect } from '../../../web/auth/safeRedirect';
import { login } from '../../../web/auth/sessionApi';
import { SESSION_QUERY_KEY } from '../../../web/auth/sessionQueryKey';
import { useSession } from '../../../web/auth/useSession';
import { LanguageSwitch } from '../../../web/layout/LanguageSwitch';

interface Credentials {
  username: string;
  password: string;
}

export function LoginPage() {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const next = safeRedirect(searchParams.get('next'));
  const mutation = useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // A different user may sign in on this browser: nothing cached for the last one may show.
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, user);
      void navigate(next ?? homePathFor(user.roles), { replace: true });
    },
  });
  if (session.data && !mutation.isPending && !mutation.isSuccess) {
    return <Navigate to={next ?? homePathFor(session.data.roles)} replace />;
  }
  return (
    <Flex
      vertical
      align="center"
      justify="center"
      style={{ minHeight: '100vh', padding: 16, background: '#f0f2f5' }}
    >
      <Card style={{ width: '100%', maxWidth: 380 }}>
        <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t('common.appName')}
          </Typography.Title>
          <LanguageSwitch />
        </Flex>
        {mutation.isError && (
          <Alert
            type="error"
            showIcon
            style={{ marginBottom: 16 }}
            title={errorText(mutation.error, t)}
          />
        )}
        <Form<Credentials>
          name="login"
          layout="vertical"
          size="large"
          onFinish={(values) => mutation.mutate(values)}
        >
          <Form.Item
            name="username"
            label={t('auth.username')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item
            name="password"
            label={t('auth.password')}
            rules={[{ required: true, message: t('common.required') }]}
          >
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={mutation.isPending}>
            {t('auth.login')}
          </Button>
        </Form>
      </Card>
    </Flex>
  );
}
