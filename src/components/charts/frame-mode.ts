/**
 * Where a chart is shown. In the story it is compact: the chart, its source, summary, table,
 * downloads and share link, and a link to its own page. On its own page (/charts/<id>/) it
 * also carries what a journalist or researcher needs to reuse it: what the data is, how to
 * cite it and the embed codes. Alone in an embed it links back to the story instead.
 */
export type FrameMode = 'story' | 'page' | 'embed';
