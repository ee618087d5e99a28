/** The curated datasets as downloads, byte for byte as they are in data/ (the files the data step read, as its summary lists them). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { datasetSummaries } from '../../data/select.ts';
import { isDownload } from '../../data/package.ts';

export const getStaticPaths = (() =>
  datasetSummaries.filter(isDownload).map((d) => ({ params: { file: d.name }, props: { path: d.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const text = readFileSync(join(process.cwd(), 'data', props.path as string), 'utf8');
  return new Response(text, { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
