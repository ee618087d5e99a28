// @ts-check
/** Build-time checks for tag attributes: a wrong id stops the build with the file (Astro adds it) and the line. */
import { readdirSync } from 'node:fs';
import { FIGURES } from '../../figures/index.ts';
import { REGION_CODES } from '../../data/types.ts';
import { CHARTS } from '../../charts/catalog.ts';

/** @param {import('@markdoc/markdoc').Node} node */
const lineOf = (node) => (node.lines[0] ?? 0) + 1;

/**
 * @param {import('@markdoc/markdoc').Node} node
 * @param {string} message
 * @returns {import('@markdoc/markdoc').ValidationError}
 */
export function error(node, message) {
  return { id: 'attribute-value-invalid', level: 'error', message: `line ${lineOf(node)}: ${message}` };
}

/**
 * Every figure id the tag names (`id` on fig, `fig` on key-figure) must be in the registry.
 * @param {string} attribute
 */
export function knownFigure(attribute) {
  /** @param {import('@markdoc/markdoc').Node} node */
  return (node) => {
    const id = node.attributes[attribute];
    return FIGURES.has(id) ? [] : [error(node, `unknown figure id "${id}": define it in src/figures/ (ids: ${[...FIGURES.keys()].slice(0, 3).join(', ')}, …)`)];
  };
}

/** @param {import('@markdoc/markdoc').Node} node */
export function isoDate(node) {
  const value = String(node.attributes.value);
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? [] : [error(node, `date "${value}" is not YYYY, YYYY-MM or YYYY-MM-DD`)];
}

/**
 * Chapter ids are the file names under src/content/story/nl/.
 * @param {import('@markdoc/markdoc').Node} node
 */
export function knownChapter(node) {
  // Relative to the project root, where astro build runs (this module is bundled elsewhere first).
  const ids = readdirSync('src/content/story/nl').map((f) => f.replace(/\.mdoc$/, ''));
  const id = node.attributes.id;
  return ids.includes(id) ? [] : [error(node, `unknown chapter "${id}" (chapters: ${ids.join(', ')})`)];
}

/**
 * Glossary keys are the file names under src/content/glossary/.
 * @param {import('@markdoc/markdoc').Node} node
 */
export function knownTerm(node) {
  const keys = readdirSync('src/content/glossary').map((f) => f.replace(/\.json$/, ''));
  const id = node.attributes.id;
  return keys.includes(id) ? [] : [error(node, `unknown glossary key "${id}": add src/content/glossary/${id}.json (keys: ${keys.slice(0, 4).join(', ')}, …)`)];
}

/** @param {import('@markdoc/markdoc').Node} node */
export function knownRegions(node) {
  /** @type {unknown[]} */
  const codes = node.attributes.regions ?? [];
  const bad = codes.filter((c) => !REGION_CODES.includes(/** @type {any} */ (c)));
  return bad.length ? [error(node, `unknown region code(s) ${bad.join(', ')}`)] : [];
}

// ── Chapters displacement and sources ──

/**
 * Chart ids are the catalog's (src/charts/catalog.ts).
 * @param {import('@markdoc/markdoc').Node} node
 */
export function knownChart(node) {
  const id = node.attributes.id;
  return CHARTS.some((c) => c.id === id) ? [] : [error(node, `unknown chart "${id}" (charts: ${CHARTS.map((c) => c.id).join(', ')})`)];
}
