/** The curated datasets as downloads, byte for byte as they are in data/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASETS } from '../../data/pipeline/schemas.ts';

export const getStaticPaths = (() =>
  DATASETS.filter((d) => !d.file.includes('/')).map((d) => ({ params: { file: d.name }, props: { path: d.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(process.cwd(), 'data', props.path as string), 'utf8');
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
