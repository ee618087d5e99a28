// @ts-check
/**
 * The only tags content may use (src/content/**.mdoc). Each is declared with its
 * attributes; an unknown tag, a missing attribute or an id that does not exist fails
 * `npm run build` with the file and line. Content holds no code: the numbers come from
 * the figure registry (src/figures/), the words around them from the content files.
 */
import { component, defineMarkdocConfig, Markdoc } from '@astrojs/markdoc/config';
import { formatDate } from './src/lib/format.ts';
import { componentTag, elementTag, flatChildren } from './src/content/markdoc/inline.js';
import { isoDate, knownChapter, knownChart, knownFigure, knownRegions } from './src/content/markdoc/checks.js';

const required = { type: String, required: true };

export default defineMarkdocConfig({
  nodes: {
    // Plain headings, as the chapters had them (Astro's default adds slug ids).
    heading: Markdoc.nodes.heading,
    // No <article> around a chapter's content: its blocks sit directly in the chapter's <section>, whose layout places them.
    document: { ...Markdoc.nodes.document, render: undefined },
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
      { inline: true },
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

    // ── Tags added for the chapters displacement and sources ──
    /** A chart from the catalog, in the wide column: `{% chart id="idp-by-region" /%}`. */
    chart: {
      ...componentTag(component('./src/components/content/Chart.astro'), { id: required }, { lang: true }),
      selfClosing: true,
      validate: knownChart,
    },
    /** A definition list: `{% term %}…{% /term %}` and `{% definition %}…{% /definition %}` pairs, one a line. */
    definitions: componentTag(component('./src/components/content/Definitions.astro'), {}, { inline: true }),
    term: elementTag('dt', 'definitions__term'),
    definition: elementTag('dd', 'definitions__definition'),
    /** Lists and tables drawn from the data, for the sources chapter; the words around them are content. */
    'source-list': { ...componentTag(component('./src/components/content/SourceList.astro'), {}, { lang: true }), selfClosing: true },
    'discrepancy-table': { ...componentTag(component('./src/components/content/DiscrepancyTable.astro'), {}, { lang: true }), selfClosing: true },
    'dataset-list': { ...componentTag(component('./src/components/story/DatasetList.astro'), {}, { lang: true }), selfClosing: true },
    /** Inside a sentence: a link to each chart's data as CSV. */
    'chart-downloads': { ...componentTag(component('./src/components/content/ChartDownloads.astro'), {}), selfClosing: true },
    'last-updated': { ...componentTag(component('./src/components/content/LastUpdated.astro'), {}, { lang: true }), selfClosing: true },
    // ── end of the tags for displacement and sources ──
  },
});

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
