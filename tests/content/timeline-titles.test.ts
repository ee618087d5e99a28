import { readFileSync } from 'node:fs';
import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import config from '../../markdoc.config.mjs';
import { eventTitleText, titlesOf } from '../../src/content/timeline-titles.ts';
import { timeline } from '../../src/data/select.ts';
import { LANGS } from '../../src/i18n/index.ts';

const FILE = (lang: string) => new URL(`../../src/content/timeline/${lang}/events.mdoc`, import.meta.url);
const read = (lang: string) => readFileSync(FILE(lang), 'utf8');
/** What the build reports for a titles file: Astro runs this validation and stops on any error. */
const errors = (content: string) =>
  Markdoc.validate(Markdoc.parse(content), config as never)
    .filter((e) => e.error.level === 'error')
    .map((e) => e.error.message);
const event = (id: string, title: string) => `{% event id="${id}" %}\n${title}\n{% /event %}\n`;
const every = timeline.map((e) => event(e.id, 'Title'));

describe('the timeline titles (src/content/timeline/)', () => {
  it.each(LANGS)('%s/events.mdoc titles every row of data/timeline.csv and passes the build’s checks', (lang) => {
    expect(errors(read(lang))).toEqual([]);
    expect([...titlesOf(read(lang), lang).keys()].sort()).toEqual(timeline.map((e) => e.id).sort());
  });

  it('refuse an event id that is not a row, naming the line', () => {
    expect(errors([...every, event('1999-nothing', 'Nothing')].join('\n'))).toEqual([expect.stringMatching(/^line \d+: unknown timeline event "1999-nothing"/)]);
  });

  it('refuse a file that leaves a row without a title, or titles one twice', () => {
    const [first, ...rest] = timeline;
    expect(errors(every.slice(1).join('\n'))).toEqual([expect.stringContaining(`no title for event "${first!.id}"`)]);
    expect(errors([...every, event(rest[0]!.id, 'Again')].join('\n'))).toEqual([expect.stringMatching(new RegExp(`^line \\d+: event "${rest[0]!.id}" is titled twice \\(first on line \\d+\\)`))]);
  });

  it('write dates and figures out as the page shows them, in plain text', () => {
    expect(eventTitleText('2022-11-netherlands-extends-minusma', 'nl')).toBe('Nederland verlengt mandaten MINUSMA en EU-missies tot 30 juni 2024');
    expect(eventTitleText('2024-04-us-niger-junta', 'en')).toBe('US and Niger junta agree on the withdrawal of over 1,000 US troops');
    expect(eventTitleText('2022-11-netherlands-pledges-extra', 'en')).toBe('Netherlands pledges an extra €5 million for EUCAP Sahel Niger border teams');
  });

  it('refuse an event without a title', () => {
    expect(() => eventTitleText('1999-nothing', 'nl')).toThrow('src/content/timeline/nl/events.mdoc: no title for event "1999-nothing"');
  });
});
