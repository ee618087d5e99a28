import { describe, expect, it } from 'vitest';
import { atomFeed, type FeedInfo } from '../../src/lib/atom.ts';
import type { Correction } from '../../src/data/types.ts';
import { atomProblems, parseXml } from '../helpers/atom.ts';

const info: FeedInfo = {
  origin: 'https://example.org',
  title: 'Corrections',
  author: 'The team',
  page: '/en/corrections/',
  self: '/corrections.xml',
  anchor: (c) => `c-${c.date}-${c.key}`,
  entryTitle: (c) => `${c.dataset}: ${c.key}`,
};
const row = (over: Partial<Correction>): Correction => ({ date: '2026-12-01', dataset: 'story', key: 'violence', was: 'a', now: 'b', reason: 'c', locator: '§5', ...over });

describe('atomFeed(corrections, info)', () => {
  it('is a valid Atom feed, one entry per correction, the newest date as its update', () => {
    const xml = atomFeed([row({}), row({ date: '2026-12-03', key: 'overview' })], info);
    expect(atomProblems(xml)).toEqual([]);
    const feed = parseXml(xml);
    expect(feed.children.find((c) => c.name === 'updated')?.text).toBe('2026-12-03T00:00:00Z');
    expect(feed.children.filter((c) => c.name === 'entry').map((e) => e.children.find((c) => c.name === 'id')?.text)).toEqual([
      'https://example.org/en/corrections/#c-2026-12-01-violence',
      'https://example.org/en/corrections/#c-2026-12-03-overview',
    ]);
  });

  it('escapes what XML would misread', () => {
    const xml = atomFeed([row({ was: 'less < more & "quoted"', key: 'a&b' })], info);
    expect(atomProblems(xml)).toEqual([]);
    expect(parseXml(xml).children.find((c) => c.name === 'entry')?.children.find((c) => c.name === 'content')?.text).toContain('Was: less < more & "quoted"');
  });

  it('the check finds what a broken feed lacks', () => {
    expect(atomProblems('<feed xmlns="http://www.w3.org/2005/Atom"><title>x</title>')).toEqual([expect.stringMatching(/^not well-formed XML/)]);
    const noId = atomFeed([row({})], info).replace(/<id>https:\/\/example\.org\/en\/corrections\/#[^<]*<\/id>/, '');
    expect(atomProblems(noId)).toContain('entry 1: 0 <id> elements, expected exactly 1');
    const twice = atomFeed([row({}), row({})], info);
    expect(atomProblems(twice)).toContain('entry 2: id https://example.org/en/corrections/#c-2026-12-01-violence is used twice');
    expect(atomProblems(atomFeed([], info).replace('<link rel="self"', '<link rel="related"'))).toEqual(['feed: no <link rel="self">']);
  });
});
