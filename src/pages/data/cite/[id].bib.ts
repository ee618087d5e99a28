/** /data/cite/<source_id>.bib: one source document as BibTeX (src/lib/cite/). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sources } from '../../../data/select.ts';
import { CITE_FORMATS } from '../../../lib/cite/files.ts';

export const getStaticPaths = (() => sources.map((source) => ({ params: { id: source.source_id }, props: { source } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const format = CITE_FORMATS.bib;
  return new Response(format.write(props.source), { headers: { 'content-type': format.type } });
};
