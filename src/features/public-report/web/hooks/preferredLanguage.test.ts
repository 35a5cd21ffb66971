import { describe, expect, it } from 'vitest';
import { preferredLanguage } from './preferredLanguage';

describe('preferredLanguage', () => {
  it('keeps a language chosen before', () => {
    expect(preferredLanguage('zh-CN', ['en-US'])).toBe('zh-CN');
    expect(preferredLanguage('en', ['zh-CN'])).toBe('en');
  });

  it('follows the browser when its first preference is English, else Chinese', () => {
    expect(preferredLanguage(null, ['en-GB', 'zh-CN'])).toBe('en');
    expect(preferredLanguage(null, ['zh-CN', 'en'])).toBe('zh-CN');
    expect(preferredLanguage(null, ['fr-FR'])).toBe('zh-CN');
    expect(preferredLanguage(null, [])).toBe('zh-CN');
  });
});
