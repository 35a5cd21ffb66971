import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeDataUrl, decodedSize } from './data-url.rules';

describe('decodeDataUrl', () => {
  it('decodes a base64 data URL whatever type it claims', () => {
    expect(decodeDataUrl('data:image/png;base64,aGVsbG8=')?.toString()).toBe('hello');
    expect(decodeDataUrl('data:image/jpeg;base64,aGVsbG8=')?.toString()).toBe('hello');
  });

  it('refuses anything else', () => {
    expect(decodeDataUrl('aGVsbG8=')).toBeNull();
    expect(decodeDataUrl('data:image/png,hello')).toBeNull();
    expect(decodeDataUrl('data:image/png;base64,aGVsbG8')).toBeNull();
    expect(decodeDataUrl('data:image/png;base64,aGV$bG8=')).toBeNull();
  });

  it('round-trips any bytes, and knows their size before decoding', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const url = `data:image/png;base64,${Buffer.from(bytes).toString('base64')}`;
        const decoded = decodeDataUrl(url);
        return (
          decoded !== null &&
          decoded.equals(Buffer.from(bytes)) &&
          decodedSize(url) === bytes.length
        );
      }),
    );
  });
});
