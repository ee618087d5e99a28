/**
 * Validates a Frictionless Data Package on disk: with the reference validator
 * (`frictionless validate`, PyPI) when it is installed, else with Frictionless's JavaScript
 * libraries (datapackage-js and tableschema-js: the descriptor against the tabular-data-package
 * profile, every row against its Table Schema: types, constraints, primary key). Returns the
 * problems found, one line each.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { findFrictionless } from '../../scripts/lib/tools.ts';

interface ReportTask {
  name?: string;
  place?: string;
  errors?: { type?: string; message?: string }[];
}

function withFrictionless(bin: string, descriptor: string): string[] {
  const run = spawnSync(bin, ['validate', '--json', descriptor], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  let report: { valid?: boolean; errors?: { message?: string }[]; tasks?: ReportTask[] };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return [`frictionless validate did not answer in JSON (exit ${run.status}): ${run.stderr.slice(0, 500)}`];
  }
  if (report.valid) return [];
  const problems = (report.errors ?? []).map((e) => `package: ${e.message}`);
  for (const task of report.tasks ?? []) for (const e of task.errors ?? []) problems.push(`${task.name ?? task.place}: ${e.type}: ${e.message}`);
  return problems.length ? problems : ['frictionless reports the package invalid'];
}

async function withJavaScript(descriptor: string, dir: string): Promise<string[]> {
  // @ts-expect-error datapackage-js ships no types
  const { Package } = await import('datapackage');
  const pkg = await Package.load(descriptor, { basePath: dir });
  const problems: string[] = pkg.valid ? [] : (pkg.errors as Error[]).map((e) => `package: ${e.message}`);
  for (const resource of pkg.resources) {
    try {
      // Reading casts every cell and checks required, enum, pattern, minimum and the primary key.
      await resource.read({ relations: false });
    } catch (error) {
      const e = error as Error & { errors?: Error[] };
      problems.push(`${resource.name}: ${e.message}`, ...(e.errors ?? []).map((inner) => `${resource.name}: ${inner.message}`));
    }
  }
  return problems;
}

export async function validatePackage(dir: string): Promise<{ validator: string; problems: string[] }> {
  const descriptor = join(dir, 'datapackage.json');
  const bin = findFrictionless();
  if (bin) return { validator: bin, problems: withFrictionless(bin, descriptor) };
  return { validator: 'datapackage-js', problems: await withJavaScript(descriptor, dir) };
}
