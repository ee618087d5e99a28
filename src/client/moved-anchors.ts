/**
 * Anchors that left the story in issue 10 for the pages beside it: an old link to one of
 * them (`/#discrepancies`, `/#dosso-incidents`) goes on to the same anchor on its new page.
 * The story's own ids (chapters, regions, charts, steps) never get here: they exist.
 */
import { REGION_SLUGS } from '../lib/regions.ts';

const TO_SOURCES = /^(method|discrepancies|data|licences|source-.+)$/;
const SLUGS = Object.values(REGION_SLUGS);

function newHome(id: string): string | null {
  if (TO_SOURCES.test(id)) return 'sources/';
  const slug = SLUGS.find((s) => id.startsWith(`${s}-`));
  return slug ? `regions/${slug}/` : null;
}

function follow(): void {
  const id = location.hash.slice(1);
  if (!id || document.getElementById(id)) return;
  const page = newHome(id);
  if (page) location.replace(`${location.pathname}${page}${location.search}#${id}`);
}

follow();
addEventListener('hashchange', follow);
