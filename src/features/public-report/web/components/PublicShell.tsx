import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../../../../web/layout/LanguageSwitch';
import { useBrowserLanguage } from '../hooks/useBrowserLanguage';

/** The frame of the public pages: phone-first, one column, no menu and no login. */
export function PublicShell({ title, children }: { title: string; children: ReactNode }) {
  useBrowserLanguage();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f5f5f5' }}>
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        style={{ padding: '12px 16px', background: '#fff', borderBottom: '1px solid #f0f0f0' }}
      >
        <Typography.Title level={5} style={{ margin: 0 }} ellipsis>
          {title}
        </Typography.Title>
        <LanguageSwitch />
      </Flex>
      <Flex
        vertical
        gap={12}
        style={{
          width: '100%',
          maxWidth: 520,
          margin: '0 auto',
          padding: 12,
          boxSizing: 'border-box',
        }}
      >
        {children}
      </Flex>
    </Flex>
  );
}
