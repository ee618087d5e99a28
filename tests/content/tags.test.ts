import Markdoc from '@markdoc/markdoc';
import { describe, expect, it } from 'vitest';
import config from '../../markdoc.config.mjs';

/** What the build reports for a piece of content: Astro runs this validation and stops on any error. */
function errors(content: string): string[] {
  return Markdoc.validate(Markdoc.parse(content), config as never)
    .filter((e) => e.error.level === 'error' || e.error.level === 'critical')
    .map((e) => e.error.message);
}

describe('the declared tags, validated as the build does', () => {
  it('accept a known figure, date, chapter and region', () => {
    expect(errors('{% fig id="acled.ne.incidents.current" /%} in {% date value="2024-10" /%}, see {% chapter-link id="partners" /%}.')).toEqual([]);
    expect(errors('{% locator-map regions=["NE-6"] label="Map" caption="Tillabéri" %}\nText.\n{% /locator-map %}')).toEqual([]);
  });

  it('refuse an unknown figure id, naming the line', () => {
    expect(errors('Text.\n\n{% fig id="acled.ne.nothing" /%} people.')).toEqual([expect.stringMatching(/^line 3: unknown figure id "acled\.ne\.nothing"/)]);
  });

  it('refuse a fig without id, a bad date, an unknown chapter, region or tag', () => {
    expect(errors('{% fig /%}')).toEqual([expect.stringContaining("Missing required attribute: 'id'"), expect.stringContaining('unknown figure id')]);
    expect(errors('{% date value="26-07-2023" /%}')).toEqual(['line 1: date "26-07-2023" is not YYYY, YYYY-MM or YYYY-MM-DD']);
    expect(errors('{% chapter-link id="nowhere" /%}')).toEqual([expect.stringMatching(/^line 1: unknown chapter "nowhere"/)]);
    expect(errors('{% locator-map regions=["NE-9"] label="M" caption="C" %}\nText.\n{% /locator-map %}')).toEqual(['line 1: unknown region code(s) NE-9']);
    expect(errors('{% graph id="x" /%}')).toEqual([expect.stringContaining("Undefined tag: 'graph'")]);
  });

  it('accept a chart from the catalog and refuse an unknown one', () => {
    expect(errors('{% chart id="idp-by-region" /%}')).toEqual([]);
    expect(errors('Text.\n\n{% chart id="nothing" /%}')).toEqual([expect.stringMatching(/^line 3: unknown chart "nothing"/)]);
  });
});
