/** The Atom feed of the corrections, in English (the language of data/corrections.csv), linking to /en/corrections/. */
import type { APIRoute } from 'astro';
import { chartInfo } from '../charts/catalog.ts';
import { ui } from '../i18n/index.ts';
import { SECTIONS } from '../i18n/sections.ts';
import { atomFeed } from '../lib/atom.ts';
import { CORRECTIONS, correctionId } from '../lib/corrections.ts';
import type { Correction } from '../data/types.ts';

const en = ui('en');

function entryTitle(c: Correction): string {
  if (c.dataset === 'story') return `${en.corrections.story}: ${SECTIONS.find((s) => s.id === c.key)?.title.en ?? c.key}`;
  if (c.dataset === 'chart') return `${en.corrections.chart}: ${chartInfo(c.key)?.title.en ?? c.key}`;
  return `${en.corrections.dataset} ${c.dataset}: ${c.key}`;
}

export const GET: APIRoute = ({ site }) => {
  const xml = atomFeed(CORRECTIONS, {
    origin: site!.origin,
    title: en.corrections.feedTitle,
    author: en.siteTitle,
    page: '/en/corrections/',
    self: '/corrections.xml',
    anchor: correctionId,
    entryTitle,
  });
  return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
