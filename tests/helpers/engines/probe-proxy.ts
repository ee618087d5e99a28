/**
 * The site as the smoke suite sees it: served through this proxy, which adds two things
 * the three engines' drivers do not all have.
 * - An error probe. WebKitGTK's WebDriver has no console or error events (no BiDi), and
 *   MiniBrowser in automation mode prints no console messages. One same-origin script
 *   first in every page's <head> records uncaught errors, rejected promises, failed
 *   loads, CSP violations and console.error in sessionStorage, where they survive the
 *   tab's navigations.
 * - A phone frame. WebKitGTK's window is at least 447 px wide, so a 390 px phone is an
 *   iframe on `/__phone/`. Story pages refuse to be framed (X-Frame-Options,
 *   frame-ancestors), so for documents that this page frames, and only for them, the
 *   proxy drops those two; every other response keeps the site's headers as they are.
 */
import { createServer, request } from 'node:http';
import { listen } from '../../../scripts/lib/static-server.ts';
import type { HtmlServer } from '../html-server.ts';

export const PROBE_PATH = '/__error-probe.js';
export const PROBE_KEY = '__problems';
export const PHONE_PATH = '/__phone/';

/** The phone frame: `/__phone/?src=<address>&w=390&h=844`. */
function phoneFrame(url: URL): string {
  const { src = '', w, h } = Object.fromEntries(url.searchParams);
  const escaped = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  return `<!doctype html><html lang="en"><meta charset="utf-8"><title>phone</title><body style="margin:0">
<iframe src="${escaped}" title="phone" style="width:${Number(w)}px;height:${Number(h)}px;border:0;display:block" onload="document.body.dataset.loaded='yes'"></iframe>`;
}

/** Response headers with framing allowed: no X-Frame-Options, no frame-ancestors directive. */
function framable(headers: Record<string, string | string[] | undefined>): Record<string, string | string[] | undefined> {
  const { 'x-frame-options': _, ...rest } = headers;
  const csp = rest['content-security-policy'];
  if (typeof csp === 'string') rest['content-security-policy'] = csp.split(';').filter((d) => !/^\s*frame-ancestors/.test(d)).join(';');
  return rest;
}

const PROBE = `(() => {
  const key = ${JSON.stringify(PROBE_KEY)};
  const record = (text) => {
    const list = JSON.parse(sessionStorage.getItem(key) || '[]');
    list.push(text + ' (' + location.pathname + ')');
    sessionStorage.setItem(key, JSON.stringify(list));
  };
  addEventListener('error', (e) => {
    const t = e.target;
    if (t && t !== window && (t.src || t.href)) record('failed load: ' + (t.src || t.href));
    else record('pageerror: ' + e.message);
  }, true);
  addEventListener('unhandledrejection', (e) => record('unhandled rejection: ' + (e.reason && e.reason.message || e.reason)));
  document.addEventListener('securitypolicyviolation', (e) => record('CSP: ' + e.violatedDirective + ' ' + e.blockedURI));
  const error = console.error.bind(console);
  console.error = (...args) => { record('console: ' + args.join(' ')); error(...args); };
})();`;

export async function serveThroughProbe(target: string): Promise<HtmlServer> {
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const address = new URL(req.url ?? '/', 'http://localhost');
    if (address.pathname === PROBE_PATH || address.pathname === PHONE_PATH) {
      const probe = address.pathname === PROBE_PATH;
      res.writeHead(200, { 'content-type': probe ? 'text/javascript; charset=utf-8' : 'text/html; charset=utf-8' });
      res.end(probe ? PROBE : phoneFrame(address));
      return;
    }
    const inPhoneFrame = new URL(req.headers.referer ?? '/', 'http://localhost').pathname === PHONE_PATH;
    const forward = request({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host, 'accept-encoding': 'identity' } }, (answer) => {
      const type = String(answer.headers['content-type'] ?? '');
      const headers = inPhoneFrame ? framable(answer.headers) : answer.headers;
      if (!type.startsWith('text/html')) {
        res.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (c: Buffer) => chunks.push(c));
      answer.on('end', () => {
        const html = Buffer.concat(chunks).toString('utf8').replace(/<head>/i, `<head><script src="${PROBE_PATH}"></script>`);
        res.writeHead(answer.statusCode ?? 502, { ...headers, 'content-length': String(Buffer.byteLength(html)) });
        res.end(html);
      });
    });
    forward.on('error', (e) => {
      res.writeHead(502);
      res.end(String(e));
    });
    req.pipe(forward);
  });
  const url = await listen(server, 0);
  return { server, url, close: () => new Promise((r) => server.close(() => r())) };
}
