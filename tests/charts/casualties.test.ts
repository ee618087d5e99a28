import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as chart from '../../src/charts/casualties.ts';

const folder = resolve(import.meta.dirname, '../../src/charts/casualties');

describe('src/charts/casualties.ts', () => {
  it('exposes every export of every module under casualties/, the same function or value', async () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const module: Record<string, unknown> = await import(resolve(folder, file));
      for (const [name, value] of Object.entries(module)) expect((chart as Record<string, unknown>)[name], `${file}: ${name}`).toBe(value);
    }
  });
});
