/** The citation files of every source at /data/cite/<source_id>.<ext>: one writer and media type per format. */
import type { Source } from '../../data/types.ts';
import { toBibtex } from './bibtex.ts';
import { toCslJson } from './csl.ts';
import { toRis } from './ris.ts';

export const CITE_FORMATS = {
  bib: { label: 'BibTeX', type: 'application/x-bibtex; charset=utf-8', write: toBibtex },
  ris: { label: 'RIS', type: 'application/x-research-info-systems; charset=utf-8', write: toRis },
  json: { label: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json; charset=utf-8', write: toCslJson },
} as const satisfies Record<string, { label: string; type: string; write: (s: Source) => string }>;

export type CiteFormat = keyof typeof CITE_FORMATS;

export function citeHref(sourceId: string, format: CiteFormat): string {
  return `/data/cite/${sourceId}.${format}`;
}
