/*
 * Niger explainer — embed resizer for host pages (optional; the iframe works without it).
 *
 * Usage: <iframe src="https://SITE/embed/CHART/" data-niger-embed="CHART" …></iframe>
 *        <script async src="https://SITE/embed.js"></script>
 *
 * Protocol: the embedded chart posts { type: "niger-explainer:resize", v: 1, chart: "<id>",
 * height: <CSS pixels> } to its parent whenever its content height changes (and AMP's
 * { sentinel: "amp", type: "embed-size", height } for AMP pages, which this script leaves
 * alone). Embeds built before the version field send the same message without `v`; both
 * are accepted, a version this script does not know is not. A message counts only when
 * it comes from the iframe's own origin and window, names that iframe's chart, and
 * carries a sane numeric height. When an iframe becomes visible
 * (it may start in a hidden tab), and when the script finds an iframe that had loaded
 * before it, it asks for the height with { type: "niger-explainer:request-height" }.
 */
(function () {
  'use strict';
  var RESIZE = 'niger-explainer:resize';
  var REQUEST = 'niger-explainer:request-height';
  // Message versions this script understands: undefined (before versions) and 1.
  function knownVersion(v) {
    return v === undefined || v === 1;
  }
  if (window.__nigerExplainerEmbed) return;
  window.__nigerExplainerEmbed = true;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-niger-embed]'));
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, location.href).origin;
    } catch (e) {
      return null;
    }
  }

  // Before the first message: a height for the container's width, so the page does not jump.
  function initialHeight(frame) {
    if (frame.dataset.nigerSized) return;
    var narrow = Number(frame.getAttribute('data-height-narrow'));
    var wide = Number(frame.getAttribute('data-height-wide'));
    var width = frame.getBoundingClientRect().width || (frame.parentElement && frame.parentElement.getBoundingClientRect().width) || 0;
    var guess = width > 0 && width < 576 ? narrow : wide;
    if (guess > 0) frame.style.height = guess + 'px';
  }

  function ask(frame) {
    var origin = originOf(frame);
    if (origin && frame.contentWindow) frame.contentWindow.postMessage({ type: REQUEST, chart: frame.getAttribute('data-niger-embed') }, origin);
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== RESIZE || !knownVersion(data.v)) return;
    if (typeof data.chart !== 'string' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    if (data.height < 50 || data.height > 20000) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      if (frame.contentWindow !== event.source) continue;
      if (originOf(frame) !== event.origin) return;
      if (frame.getAttribute('data-niger-embed') !== data.chart) return;
      var height = Math.ceil(data.height);
      if (Math.abs(frame.getBoundingClientRect().height - height) > 1) frame.style.height = height + 'px';
      frame.dataset.nigerSized = 'true';
      return;
    }
  });

  // Whether the chart is already in the frame (loaded before this script ran): a
  // cross-origin document hides its address, a same-origin one shows it is not about:blank.
  function hasLoaded(frame) {
    try {
      var href = frame.contentWindow && frame.contentWindow.location.href;
      return Boolean(href) && href !== 'about:blank';
    } catch (e) {
      return true;
    }
  }

  function watch(frame) {
    if (frame.dataset.nigerWatched) return;
    frame.dataset.nigerWatched = 'true';
    initialHeight(frame);
    frame.addEventListener('load', function () {
      ask(frame);
    });
    if (hasLoaded(frame)) ask(frame);
    if ('ResizeObserver' in window) {
      var wasHidden = frame.getBoundingClientRect().width === 0;
      new ResizeObserver(function (entries) {
        var width = entries[0].contentRect.width;
        if (width > 0 && wasHidden) ask(frame);
        wasHidden = width === 0;
      }).observe(frame);
    }
  }

  function scan() {
    frames().forEach(watch);
  }

  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  if ('MutationObserver' in window) new MutationObserver(scan).observe(document.documentElement, { childList: true, subtree: true });
})();
