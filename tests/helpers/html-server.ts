/** A page on another origin (another port), as a host article or a test harness is. */
import { createServer, type Server } from 'node:http';
import { listen } from '../../scripts/lib/static-server.ts';

export interface HtmlServer {
  server: Server;
  url: string;
  close: () => Promise<void>;
}

export async function serveHtml(html: (url: URL) => string): Promise<HtmlServer> {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html(new URL(req.url ?? '/', 'http://127.0.0.1')));
  });
  // 127.0.0.1 while the site is served as localhost: two origins.
  const url = (await listen(server, 0, '127.0.0.1')).replace('localhost', '127.0.0.1');
  return { server, url, close: () => new Promise((r) => server.close(() => r())) };
}
