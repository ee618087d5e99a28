// @ts-check
/**
 * The only tags content may use (src/content/**.mdoc). Each is declared with its
 * attributes; an unknown tag, a missing attribute or an id that does not exist fails
 * `npm run build` with the file and line. Content holds no code: the numbers come from
 * the figure registry (src/figures/), the words around them from the content files.
 */
import { component, defineMarkdocConfig, Markdoc } from '@astrojs/markdoc/config';
import { formatDate, formatPeriodShort } from './src/lib/format.ts';
import { componentTag, elementTag, flatChildren, inlineChildren } from './src/content/markdoc/inline.js';
import { isoDate, knownChapter, knownChart, knownFigure, knownRegions, knownTerm } from './src/content/markdoc/checks.js';
import { everyEventTitled, knownEra, knownEvent } from './src/content/markdoc/chart-checks.js';

const required = { type: String, required: true };

export default defineMarkdocConfig({
  nodes: {
    // Plain headings, as the chapters had them (Astro's default adds slug ids). A page that renders content written for a
    // deeper place (a region profile's `####` on its own page) passes `headingShift` to lift its headings.
    heading: {
      ...Markdoc.nodes.heading,
      transform(node, config) {
        const shift = Number(config.variables?.headingShift ?? 0);
        const level = Math.max(1, Number(node.attributes.level) - shift);
        const attributes = node.transformAttributes(config);
        return new Markdoc.Tag(`h${level}`, attributes, node.transformChildren(config));
      },
    },
    // No <article> around a chapter's content: its blocks sit directly in the chapter's <section>, whose layout places them.
    // A timeline titles file must title every event once (src/content/timeline/).
    document: { ...Markdoc.nodes.document, render: undefined, validate: everyEventTitled },
  },
  tags: {
    /** A number from the registry: `{% fig id="acled.ne.incidents.current" /%}`. */
    fig: { ...componentTag(component('./src/components/content/Fig.astro'), { id: required }, { lang: true }), selfClosing: true, validate: knownFigure('id') },
    /** A date as precise as written: `{% date value="2023-07-26" /%}` → <time datetime> "26 juli 2023" / "26 July 2023". */
    date: {
      attributes: { value: required },
      selfClosing: true,
      validate: isoDate,
      transform(node, config) {
        const value = String(node.attributes.value);
        // Astro's getHeadings() transforms without the page's variables; only the text of headings is used there.
        const lang = config.variables?.lang;
        return new Markdoc.Tag('time', { datetime: value }, [lang ? formatDate(value, lang) : value]);
      },
    },
    /** A group's, an institution's or ACLED type's name from the glossary (src/content/glossary/): `{% name id="jnim" /%}` → JNIM / GSIM; `full=true` for the first mention. */
    name: { ...componentTag(component('./src/components/content/Name.astro'), { id: required, full: { type: Boolean } }, { lang: true }), selfClosing: true, validate: knownTerm },
    /** A link to another chapter with its title: `{% chapter-link id="partners" /%}`. */
    'chapter-link': {
      ...componentTag(component('./src/components/content/ChapterLink.astro'), { id: required }, { lang: true }),
      selfClosing: true,
      validate: knownChapter,
    },
    /** Text in the reading column, for chapters whose quotes and lists keep their own indent. */
    column: componentTag(component('./src/components/content/Column.astro'), {}),
    quote: componentTag(
      component('./src/components/Quote.astro'),
      { by: required, cite: required, lang: { type: String }, translation: { type: String } },
      // `lang` is the quoted words' language; the page's goes to `pageLang`.
      { inline: true, lang: 'pageLang' },
    ),
    'sources-note': componentTag(component('./src/components/content/SourcesNote.astro'), {}, { inline: true }),
    /** A small map highlighting regions, with the text that flows beside it as children. */
    'locator-map': componentTag(
      component('./src/components/content/LocatorMap.astro'),
      { regions: { type: Array, required: true }, label: required, caption: required },
      { validate: knownRegions },
    ),
    /** Key figures in the wide column: `key-figure` children, then an optional caveat paragraph. */
    'key-figures': { children: ['tag', 'paragraph'], transform: keyFigures },
    'key-figure': {
      // One-line `{% when %}…{% /when %}` children come wrapped in a paragraph: inline drops it.
      ...componentTag(component('./src/components/content/KeyFigure.astro'), { label: required, fig: required }, { lang: true, inline: true }),
      validate: knownFigure('fig'),
    },
    when: elementTag('dd', 'key-figure__when'),
    compare: elementTag('dd', 'key-figure__compare'),
    note: elementTag('span', 'key-figure__note'),

    // --- tags for charts and lists (chapters partners, missions) ---
    /** A chart from the catalog (src/charts/catalog.ts) in the wide column: `{% chart id="missions-personnel" /%}`. */
    chart: { ...componentTag(component('./src/components/content/Chart.astro'), { id: required }, { lang: true }), selfClosing: true, validate: knownChart },
    /** A link to a chart's own page, its title as the link text: `{% chart-link id="missions-personnel" /%}` (a chart the story names but does not show). */
    'chart-link': { ...componentTag(component('./src/components/content/ChartLink.astro'), { id: required }, { lang: true }), selfClosing: true, validate: knownChart },
    /** The partners timeline with its scroll steps: `{% timeline %}` holding one `{% timeline-era id="…" %}` per era, in order. */
    timeline: { ...componentTag(component('./src/components/content/Timeline.astro'), {}, { lang: true }), children: ['tag'] },
    /** One step of the timeline: the era's title, period and events come from the data; the children are its prose. */
    'timeline-era': { ...componentTag(component('./src/components/content/TimelineEra.astro'), { id: required }, { lang: true }), validate: knownEra },
    /**
     * One timeline event's title, `{% event id="2023-07-26-presidential-guard-ousts" %}…{% /event %}` (src/content/timeline/):
     * the id is a row of data/timeline.csv. The file is rendered once per event, with `event` set, and only that title shows.
     */
    event: {
      attributes: { id: required },
      validate: knownEvent,
      async transform(node, config) {
        return config.variables?.event === node.attributes.id ? inlineChildren(node, config) : [];
      },
    },
    /** Terms with what they mean: `{% term %}…{% /term %}` then `{% definition %}…{% /definition %}`, on one line each; `compact=true` for short ones (amounts). */
    'definition-list': componentTag(component('./src/components/content/DefinitionList.astro'), { compact: { type: Boolean } }, { inline: true }),
    term: elementTag('dt', 'definition-list__term'),
    definition: elementTag('dd', 'definition-list__definition'),
    // --- end tags for charts and lists ---
    // ── Tags added with the chapters violence and casualty-counts ──
    /** A boxed aside named by its first heading: `{% aside id="how-acled-counts" %}### …{% /aside %}`. */
    aside: headingLabelled(componentTag(component('./src/components/content/Aside.astro'), { id: required })),
    // ── end violence, casualty-counts ──
    // ── Tags added for the chapters displacement and sources ──
    /** Lists and tables drawn from the data, for the sources chapter; the words around them are content. */
    'source-list': { ...componentTag(component('./src/components/content/SourceList.astro'), {}, { lang: true }), selfClosing: true },
    'discrepancy-table': { ...componentTag(component('./src/components/content/DiscrepancyTable.astro'), {}, { lang: true }), selfClosing: true },
    'dataset-list': { ...componentTag(component('./src/components/story/DatasetList.astro'), {}, { lang: true }), selfClosing: true },
    /** Inside a sentence: a link to each chart's data as CSV. */
    'chart-downloads': { ...componentTag(component('./src/components/content/ChartDownloads.astro'), {}), selfClosing: true },
    'last-updated': { ...componentTag(component('./src/components/content/LastUpdated.astro'), {}, { lang: true }), selfClosing: true },
    // ── end of the tags for displacement and sources ──
    // ── Tags added for the chapter armed-groups ──
    /** The cards of one kind of armed group under the heading given as children: `{% armed-groups kind="jihadist" %}### … {% #anchor %}{% /armed-groups %}`. Card texts: src/content/armed-groups/. */
    'armed-groups': componentTag(component('./src/components/content/ArmedGroups.astro'), { kind: { type: String, required: true, matches: ['jihadist', 'other'] } }, { lang: true }),
    /** The armed groups by region as a table, with the CSV. */
    'group-table': { ...componentTag(component('./src/components/content/ArmedGroupTable.astro'), {}, { lang: true }), selfClosing: true },
    // ── end armed-groups ──
    // ── Tags added for the chapter regions ──
    /** The story's short part per region (src/content/region-summaries/), each with its key figures and a link to the region's page. */
    'region-summaries': { ...componentTag(component('./src/components/content/RegionSummaries.astro'), {}, { lang: true }), selfClosing: true },
    /**
     * A named part of a region file (src/content/regions/, src/content/incidents/): the profile renders the file once per
     * place it fills, with `part` set, and only the matching part shows. `inline` parts continue a sentence of the profile.
     */
    'region-part': {
      attributes: { name: required, inline: { type: Boolean } },
      async transform(node, config) {
        if (config.variables?.part !== node.attributes.name) return [];
        return node.attributes.inline ? inlineChildren(node, config) : flatChildren(node.transformChildren(config));
      },
    },
    /** One of the report's own tables, rebuilt from the data, with its note as children: `{% report-table id="dosso-tabel-1" %}`. */
    'report-table': { ...componentTag(component('./src/components/content/ReportTable.astro'), { id: { ...required, matches: ['dosso-tabel-1', 'dosso-tabel-2'] } }, { lang: true, inline: true }) },
    /** A period in short months, "sep 2024 – mei 2025": `{% period start="2024-09-01" end="2025-05-30" /%}`. */
    period: {
      attributes: { start: required, end: required },
      selfClosing: true,
      transform(node, config) {
        const { start, end } = node.attributes;
        const lang = config.variables?.lang;
        return lang ? formatPeriodShort(String(start), String(end), lang) : `${start} – ${end}`;
      },
    },
    // ── end regions ──
  },
});

// ── Helpers for the tags of the chapters violence and casualty-counts ────────────────────
/**
 * A tag whose content starts with a heading: the heading gets the id `<id>-title`, which
 * the tag's component names itself by (aria-labelledby).
 * @param {import('@markdoc/markdoc').Schema} schema
 * @returns {import('@markdoc/markdoc').Schema}
 */
function headingLabelled(schema) {
  return {
    ...schema,
    validate(node) {
      if (node.children[0]?.type === 'heading') return [];
      return [{ id: 'child-invalid', level: 'error', message: `line ${(node.lines[0] ?? 0) + 1}: {% ${node.tag} %} must start with a heading` }];
    },
    async transform(node, config) {
      const tag = /** @type {import('@markdoc/markdoc').Tag} */ (await schema.transform?.call(this, node, config));
      const heading = tag.children.find((c) => c instanceof Markdoc.Tag && /^h[2-6]$/.test(c.name));
      if (heading instanceof Markdoc.Tag) heading.attributes.id = `${tag.attributes.id}-title`;
      return tag;
    },
  };
}
// ── end violence, casualty-counts ────────────────────────────────────────────────────────

/**
 * @param {import('@markdoc/markdoc').Node} node
 * @param {import('@markdoc/markdoc').Config} config
 */
async function keyFigures(node, config) {
  const items = await flatChildren(node.children.filter((c) => c.type === 'tag').map((c) => c.transform(config)));
  const caveats = await Promise.all(
    node.children
      .filter((c) => c.type === 'paragraph')
      .map(async (p) => new Markdoc.Tag('p', { class: 'caveat' }, await flatChildren(p.transformChildren(config)))),
  );
  return new Markdoc.Tag('div', { class: 'wide' }, [new Markdoc.Tag('dl', { class: 'key-figures' }, items), ...caveats]);
}
