// @ts-check
/** Helpers for markdoc.config.mjs: how declared tags turn into markup. */
import { Markdoc } from '@astrojs/markdoc/config';

/**
 * A tag's children without Markdoc's paragraph wrappers, for tags whose own element is
 * the paragraph (a quote's <p>, a <dd>): `{% note %}…{% /note %}` must not become <p> in <p>.
 * Astro transforms asynchronously, so children may be promises and nested arrays.
 * @param {import('@markdoc/markdoc').Node} node
 * @param {import('@markdoc/markdoc').Config} config
 * @returns {Promise<import('@markdoc/markdoc').RenderableTreeNode[]>}
 */
export async function inlineChildren(node, config) {
  return unwrap(await node.transformChildren(config));
}

/**
 * Transformed children as one flat list: Markdoc's async mode leaves promises and nested arrays.
 * @param {unknown} nodes
 * @returns {Promise<import('@markdoc/markdoc').RenderableTreeNode[]>}
 */
export async function flatChildren(nodes) {
  const resolved = await Promise.all([await nodes].flat(Infinity));
  return resolved.some(Array.isArray) ? flatChildren(resolved) : /** @type {import('@markdoc/markdoc').RenderableTreeNode[]} */ (resolved);
}

/**
 * @param {unknown} nodes
 * @returns {Promise<import('@markdoc/markdoc').RenderableTreeNode[]>}
 */
async function unwrap(nodes) {
  const list = await flatChildren(nodes);
  const parts = await Promise.all(list.map((c) => (c instanceof Markdoc.Tag && c.name === 'p' ? unwrap(c.children) : [c])));
  return /** @type {import('@markdoc/markdoc').RenderableTreeNode[]} */ (parts.flat());
}

/**
 * A tag rendered as one plain element with a class, e.g. `{% when %}` → <dd class="key-figure__when">.
 * @param {string} element
 * @param {string} className
 * @returns {import('@markdoc/markdoc').Schema}
 */
export function elementTag(element, className) {
  return {
    async transform(node, config) {
      return new Markdoc.Tag(element, { class: className }, await inlineChildren(node, config));
    },
  };
}

/**
 * A tag rendered by an Astro component. `lang` (the page's language, which the story page
 * passes as `<Content lang={lang} />`) is added to the component's props when asked for,
 * under the prop name given when `lang` is a string (a tag whose own `lang` means something else).
 * @param {any} render the `component(…)` reference
 * @param {Record<string, import('@markdoc/markdoc').SchemaAttribute>} attributes
 * @param {{ inline?: boolean, lang?: boolean | string, validate?: import('@markdoc/markdoc').Schema['validate'] }} [options]
 * @returns {import('@markdoc/markdoc').Schema}
 */
export function componentTag(render, attributes, options = {}) {
  return {
    render,
    attributes,
    validate: options.validate,
    async transform(node, config) {
      const attrs = node.transformAttributes(config);
      if (options.lang) attrs[options.lang === true ? 'lang' : options.lang] = config.variables?.lang;
      const children = options.inline ? await inlineChildren(node, config) : await flatChildren(node.transformChildren(config));
      // `this.render` is the component itself by now: Astro swaps it in before rendering.
      return new Markdoc.Tag(this.render, attrs, children);
    },
  };
}
