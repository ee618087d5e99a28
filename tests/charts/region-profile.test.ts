import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as chart from '../../src/charts/region-profile.ts';

const folder = resolve(import.meta.dirname, '../../src/charts/region-profile');

describe('src/charts/region-profile.ts', () => {
  it('exposes every export of every module under region-profile/, the same function or value', async () => {
    const files = readdirSync(folder).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const module: Record<string, unknown> = await import(resolve(folder, file));
      for (const [name, value] of Object.entries(module)) expect((chart as Record<string, unknown>)[name], `${file}: ${name}`).toBe(value);
    }
  });
});
