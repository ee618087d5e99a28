/** The corrections as an Atom feed (RFC 4287), so newsrooms that embedded a chart can follow changes. */
import type { Correction } from '../data/types.ts';

export interface FeedInfo {
  /** The site's origin, e.g. https://example.org */
  origin: string;
  title: string;
  author: string;
  /** The page that lists the entries, and the feed's own path. */
  page: string;
  self: string;
  /** An entry's anchor on the page. */
  anchor: (c: Correction) => string;
  /** An entry's title: what was corrected. */
  entryTitle: (c: Correction) => string;
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A day as an RFC 3339 timestamp: corrections are dated by day, at midnight UTC. */
const stamp = (day: string) => `${day}T00:00:00Z`;

export function atomFeed(entries: readonly Correction[], info: FeedInfo): string {
  const page = new URL(info.page, info.origin).href;
  const updated = entries.map((c) => c.date).sort().at(-1) ?? '2025-07-11';
  const entry = (c: Correction) => {
    const link = `${page}#${info.anchor(c)}`;
    const text = `Was: ${c.was}\nNow: ${c.now}\nWhy: ${c.reason}\nWhere in the source: ${c.locator}`;
    return [
      '  <entry>',
      `    <id>${escapeXml(link)}</id>`,
      `    <title>${escapeXml(info.entryTitle(c))}</title>`,
      `    <updated>${stamp(c.date)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(link)}"/>`,
      `    <content type="text">${escapeXml(text)}</content>`,
      '  </entry>',
    ].join('\n');
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
    `  <id>${escapeXml(page)}</id>`,
    `  <title>${escapeXml(info.title)}</title>`,
    `  <updated>${stamp(updated)}</updated>`,
    `  <author><name>${escapeXml(info.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(new URL(info.self, info.origin).href)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(page)}"/>`,
    ...entries.map(entry),
    '</feed>',
    '',
  ].join('\n');
}
