import { describe, expect, it } from 'vitest';
import { assetPageUrl, publicOrigin } from './public-url';

describe('public URLs of QR labels', () => {
  it("uses the request's origin unless PUBLIC_BASE_URL is configured", () => {
    const request = { protocol: 'http' as const, host: '192.168.1.20:3000' };
    expect(publicOrigin(request)).toBe('http://192.168.1.20:3000');
    expect(publicOrigin(request, 'https://service.example.cn/')).toBe('https://service.example.cn');
    expect(assetPageUrl('https://service.example.cn', 'AbC_-123')).toBe(
      'https://service.example.cn/p/AbC_-123',
    );
  });
});
