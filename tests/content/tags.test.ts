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

  it('accept a known chart and timeline era, refuse unknown ones', () => {
    expect(errors('{% chart id="missions-personnel" /%}\n\n{% timeline %}\n{% timeline-era id="coup" %}\nText.\n{% /timeline-era %}\n{% /timeline %}')).toEqual([]);
    expect(errors('{% chart id="x" /%}')).toEqual([expect.stringMatching(/^line 1: unknown chart "x"/)]);
    // A link to a chart's own page, inside a sentence, takes the catalog's ids too.
    expect(errors('See {% chart-link id="missions-personnel" /%}.')).toEqual([]);
    expect(errors('Text.\n\nSee {% chart-link id="x" /%}.')).toEqual([expect.stringMatching(/^line 3: unknown chart "x"/)]);
    expect(errors('{% timeline %}\n{% timeline-era id="x" %}\nText.\n{% /timeline-era %}\n{% /timeline %}')).toEqual([expect.stringMatching(/^line 2: unknown timeline era "x"/)]);
  });

  // Tags added with the chapters violence and casualty-counts.
  it('accept a catalog chart and an aside that starts with its heading', () => {
    expect(errors('{% chart id="violence-by-type" /%}')).toEqual([]);
    expect(errors('{% aside id="box" %}\n### Title\n\nText.\n{% /aside %}')).toEqual([]);
  });

  it('refuse an unknown chart and an aside without a heading, naming the line', () => {
    expect(errors('Text.\n\n{% chart id="nothing" /%}')).toEqual([expect.stringMatching(/^line 3: unknown chart "nothing"/)]);
    expect(errors('{% aside id="box" %}\nText.\n{% /aside %}')).toEqual(['line 1: {% aside %} must start with a heading']);
    expect(errors('{% aside %}\n### Title\n{% /aside %}')).toEqual([expect.stringContaining("Missing required attribute: 'id'")]);
  });
});

// Tags added for the chapter armed-groups.
describe('the armed-groups tags', () => {
  it('accept a known kind of group with its heading, and the table', () => {
    expect(errors('{% armed-groups kind="jihadist" %}\n### Jihadist groups {% #jihadist %}\n{% /armed-groups %}\n\n{% group-table /%}')).toEqual([]);
  });

  it('refuse an unknown or missing kind', () => {
    expect(errors('{% armed-groups kind="rebels" %}\n### Rebels\n{% /armed-groups %}')).toEqual([expect.stringContaining('rebels')]);
    expect(errors('{% armed-groups %}\n### Groups\n{% /armed-groups %}')).toEqual([expect.stringContaining("Missing required attribute: 'kind'")]);
  });
});
