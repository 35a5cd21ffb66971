import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zhCN } from './zh-CN';

function keysOf(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keysOf(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

function valuesOf(messages: object): string[] {
  return Object.values(messages).flatMap((value) =>
    typeof value === 'object' && value !== null ? valuesOf(value as object) : [String(value)],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1] ?? '').sort();
}

function lookup(messages: object, key: string): string {
  return String(
    key
      .split('.')
      .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages),
  );
}

describe('translations', () => {
  it('zh-CN and en have exactly the same keys', () => {
    expect(keysOf(en).sort()).toEqual(keysOf(zhCN).sort());
  });

  it('no translation is empty', () => {
    expect(valuesOf(zhCN).filter((text) => text.trim() === '')).toEqual([]);
    expect(valuesOf(en).filter((text) => text.trim() === '')).toEqual([]);
  });

  it('both languages use the same {{placeholders}} in each message', () => {
    const mismatched = keysOf(zhCN).filter(
      (key) => placeholders(lookup(zhCN, key)).join() !== placeholders(lookup(en, key)).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
