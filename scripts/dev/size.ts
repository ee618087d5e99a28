/** Dev aid: words in <main>, height at 390 px without JavaScript and DOM size of built pages. Usage: node scripts/dev/size.ts / /en/ [...] */
import { measurePages } from '../lib/page-size.ts';
import { serveDist } from '../../tests/helpers/browser.ts';
import { CHROMIUM_PATH } from '../lib/tools.ts';

const site = await serveDist();
const paths = process.argv.slice(2);
console.log(await measurePages((paths.length ? paths : ['/', '/en/']).map((p) => new URL(p, site.url).href), CHROMIUM_PATH));
await site.close();
