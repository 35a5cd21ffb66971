import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultPoolSize, loadConfig } from './config';

describe('loadConfig', () => {
  it('sizes the database pool from the cores unless DB_POOL_SIZE says otherwise', () => {
    expect(defaultPoolSize(2)).toBe(5);
    expect(defaultPoolSize(8)).toBe(17);
    expect(loadConfig({}).dbPoolSize).toBe(2 * availableParallelism() + 1);
    expect(loadConfig({ DB_POOL_SIZE: '12' }).dbPoolSize).toBe(12);
  });

  it('refuses a pool size that is not a positive whole number, in Chinese and English', () => {
    for (const bad of ['0', '-3', '2.5', 'many'])
      expect(() => loadConfig({ DB_POOL_SIZE: bad })).toThrow(
        /DB_POOL_SIZE 应为正.*DB_POOL_SIZE must be a (positive|whole) number/,
      );
  });
});
