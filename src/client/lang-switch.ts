/**
 * Keeps the reader's place when switching language: section anchors and query state are
 * the same in both languages, so the other language's link takes them along.
 */
function syncLangLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-lang-switch]')) {
    const target = new URL(link.href, location.href);
    target.search = location.search;
    target.hash = location.hash;
    link.href = target.pathname + target.search + target.hash;
  }
}

syncLangLinks();
addEventListener('hashchange', syncLangLinks);
addEventListener('app:statechange', syncLangLinks);
