import type { Strings } from '../dictionary.ts';

/** Words of the page frame: share cards, chart frame and share controls, the 404 page, the datasets table. */
export const pages: Strings<typeof import('../nl/pages.ts').pages> = {
  ogLocale: 'en_GB',
  frame: {
    svg: 'Chart as SVG',
    png: 'Chart as PNG',
    readStory: 'Read the full story',
    embed: 'Embed on your own site',
    embedHelpBefore: 'Paste this code into your article. The script is optional: it fits the height to the content; without it the iframe shows the whole chart at a fixed height. Add ',
    embedHelpOr: ' or ',
    embedHelpAfter: ' to the address to pin the colour scheme.',
    embedCode: 'Embed code',
    copyCode: 'Copy code',
  },
  share: {
    chapter: 'Link to this chapter',
    chart: 'Link to this chart',
    copy: 'Copy link',
    native: 'Share…',
    copied: 'Link copied',
    readChapter: 'Read this chapter',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist.',
    heading: 'This page does not exist',
    text: 'Perhaps the link was copied wrongly, or this chapter or chart does not exist (any more). This is what does.',
    chapters: 'Chapters',
    charts: 'Charts to embed',
  },
  datasets: {
    sources: 'The five source documents',
    regions: 'Regions with ISO code and population (INS 2023)',
    'acled-niger': 'Every ACLED count the CGRS report states',
    displacement: 'Displaced people and refugees',
    humanitarian: 'Schools, people in need and other impacts',
    deployments: 'Troops, mandates, training and budgets',
    timeline: 'Timeline 2000–2025',
    incidents: 'Death tolls per attack, by who reported them',
    'armed-groups': 'Armed groups and where they operate',
    discrepancies: 'Where sources contradict each other or themselves',
    caveats: 'Where the sources warn about their own figures',
  },
};
