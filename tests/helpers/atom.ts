/**
 * Checks an Atom feed against what RFC 4287 requires: well-formed XML (a strict parser),
 * the Atom namespace, and on the feed and each entry exactly one id (an absolute IRI),
 * title and updated (RFC 3339), an author on the feed, a rel="self" link, unique entry ids.
 * Returns the problems found, empty when the feed is valid.
 */
import sax from 'sax';

interface Node {
  name: string;
  attributes: Record<string, string>;
  children: Node[];
  text: string;
}

export function parseXml(xml: string): Node {
  const parser = sax.parser(true, { xmlns: false });
  const root: Node = { name: '#root', attributes: {}, children: [], text: '' };
  const stack: Node[] = [root];
  parser.onopentag = (tag: { name: string; attributes: Record<string, string> }) => {
    const node: Node = { name: tag.name, attributes: tag.attributes, children: [], text: '' };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (t: string) => void (stack.at(-1)!.text += t);
  parser.onerror = (e: Error) => {
    throw e;
  };
  parser.write(xml).close();
  if (stack.length !== 1) throw new Error(`unclosed <${stack.at(-1)!.name}>`);
  return root.children[0]!;
}

const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

function checkCommon(node: Node, where: string, problems: string[]): void {
  for (const name of ['id', 'title', 'updated']) {
    const found = node.children.filter((c) => c.name === name);
    if (found.length !== 1) problems.push(`${where}: ${found.length} <${name}> elements, expected exactly 1`);
  }
  const id = node.children.find((c) => c.name === 'id')?.text.trim() ?? '';
  if (!/^[a-z][a-z0-9+.-]*:/i.test(id)) problems.push(`${where}: <id> ${JSON.stringify(id)} is not an absolute IRI`);
  const updated = node.children.find((c) => c.name === 'updated')?.text.trim() ?? '';
  if (!RFC3339.test(updated) || Number.isNaN(Date.parse(updated))) problems.push(`${where}: <updated> ${JSON.stringify(updated)} is not an RFC 3339 date-time`);
}

export function atomProblems(xml: string): string[] {
  const problems: string[] = [];
  let feed: Node;
  try {
    feed = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${(e as Error).message.split('\n')[0]}`];
  }
  if (feed.name !== 'feed' || feed.attributes.xmlns !== 'http://www.w3.org/2005/Atom') problems.push('the root is not an Atom <feed> in the Atom namespace');
  checkCommon(feed, 'feed', problems);
  const entries = feed.children.filter((c) => c.name === 'entry');
  if (!feed.children.some((c) => c.name === 'author' && c.children.some((n) => n.name === 'name' && n.text.trim()))) {
    entries.forEach((e, i) => {
      if (!e.children.some((c) => c.name === 'author')) problems.push(`entry ${i + 1}: no <author>, and the feed has none`);
    });
  }
  if (!feed.children.some((c) => c.name === 'link' && c.attributes.rel === 'self' && c.attributes.href)) problems.push('feed: no <link rel="self">');
  const ids = new Set<string>();
  entries.forEach((e, i) => {
    checkCommon(e, `entry ${i + 1}`, problems);
    const id = e.children.find((c) => c.name === 'id')?.text.trim() ?? '';
    if (ids.has(id)) problems.push(`entry ${i + 1}: id ${id} is used twice`);
    ids.add(id);
    if (!e.children.some((c) => c.name === 'content' || (c.name === 'link' && (c.attributes.rel ?? 'alternate') === 'alternate'))) problems.push(`entry ${i + 1}: neither <content> nor an alternate link`);
  });
  return problems;
}
