/**
 * /data/datapackage.json describes every CSV under /data/ with exactly its header, and the
 * package with its data passes a Frictionless validator; broken copies of it must not.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { DIST_DIR, distFiles } from '../helpers/dist.ts';
import { validatePackage } from '../helpers/datapackage.ts';

const DATA = join(DIST_DIR, 'data');
interface Resource {
  name: string;
  path: string;
  schema: { fields: { name: string; type: string; description?: string }[]; primaryKey?: string[] };
}
const descriptor = JSON.parse(readFileSync(join(DATA, 'datapackage.json'), 'utf8')) as { resources: Resource[]; licenses: unknown[]; sources: unknown[] };
const header = (path: string) => Papa.parse<string[]>(readFileSync(join(DATA, path), 'utf8').split('\n')[0] ?? '').data[0];

const copies: string[] = [];
function brokenCopy(change: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  copies.push(dir);
  cpSync(DATA, dir, { recursive: true });
  change(dir);
  return dir;
}
afterAll(() => copies.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('the data package', () => {
  it('lists every CSV under /data/, each with exactly its header', () => {
    const csvs = distFiles(DATA).filter((f) => f.endsWith('.csv')).map((f) => f.slice(1));
    expect(csvs.length).toBeGreaterThanOrEqual(15);
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(csvs);
    for (const r of descriptor.resources) expect(r.schema.fields.map((f) => f.name), r.path).toEqual(header(r.path));
  });

  it('describes every field of the curated datasets, and names primary keys, sources and licences', () => {
    const datasets = descriptor.resources.filter((r) => !r.path.includes('/'));
    expect(datasets.map((r) => r.name)).toContain('acled-niger');
    for (const r of datasets) {
      expect(r.schema.primaryKey?.length, r.name).toBeGreaterThan(0);
      for (const f of r.schema.fields) expect(f.description, `${r.name}.${f.name}`).toBeTruthy();
    }
    expect(descriptor.licenses.length).toBeGreaterThan(0);
    expect(JSON.stringify(descriptor.sources)).toContain('ACLED, as quoted in');
    // The chain is named where the figures are ACLED's, and only there.
    const quoted = (name: string) => JSON.stringify((descriptor.resources.find((r) => r.name === name) as Resource & { sources?: unknown }).sources).includes('ACLED, as quoted in');
    expect(quoted('acled-niger')).toBe(true);
    expect(quoted('regions')).toBe(false);
  });

  it('validates with its data', { timeout: 120_000 }, async () => {
    const { validator, problems } = await validatePackage(DATA);
    expect(problems, validator).toEqual([]);
  });

  it('fails on a duplicated primary key and on a value of the wrong type', { timeout: 120_000 }, async () => {
    const duplicate = brokenCopy((dir) => {
      const file = join(dir, 'regions.csv');
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      writeFileSync(file, `${[...lines, lines[1]].join('\n')}\n`);
    });
    expect((await validatePackage(duplicate)).problems.join('\n')).toMatch(/regions/);
    const wrongType = brokenCopy((dir) => {
      const file = join(dir, 'regions.csv');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/,(\d{6,}),2023,/, ',many,2023,'));
    });
    expect((await validatePackage(wrongType)).problems.join('\n')).toMatch(/regions/);
  });
});
