// @ts-check
/**
 * The demo CRM: a small legacy-style core-banking front end on 127.0.0.1, the product's demo and the
 * end-to-end tests' first fixture. No dependencies beyond Node.
 *
 *   node demo-crm/server.mjs            # http://127.0.0.1:8808/
 *   PORT=9000 node demo-crm/server.mjs
 */
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { CLIENTS } from './clients.mjs';
import { serveFixture } from './fixtures.mjs';
import * as pages from './pages.mjs';

/** @param {{ port?: number, host?: string }} [opts] */
export function startCrm({ port = 0, host = '127.0.0.1' } = {}) {
  const byNo = new Map(CLIENTS.map((c) => [c.clientNo, c]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    /** @param {number} status @param {string} body */
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(body);
    };
    const client = byNo.get(url.searchParams.get('cust') ?? '');
    if (url.pathname.startsWith('/fixtures/')) return serveFixture(url.pathname, res);
    switch (url.pathname) {
      case '/':
        res.writeHead(302, { location: '/crm/index' }).end();
        return;
      case '/crm/index':
        return send(200, pages.dashboard(CLIENTS));
      case '/crm/clients':
        return send(200, pages.clientList(CLIENTS, url.searchParams.get('q') ?? ''));
      case '/crm/client':
        return client ? send(200, pages.clientDetail(client)) : send(404, pages.notFound());
      case '/classic/':
        return send(200, pages.classicFrameset());
      case '/classic/top':
        return send(200, pages.classicTop());
      case '/classic/menu':
        return send(200, pages.classicMenu(CLIENTS));
      case '/classic/welcome':
        return send(200, pages.classicWelcome());
      case '/classic/client':
        return client ? send(200, pages.clientDetail(client, { chrome: false, colon: true })) : send(404, pages.notFound());
      case '/health':
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      default:
        return send(404, pages.notFound());
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve({
        url: `http://${host}:${actual}`,
        port: actual,
        close: () => new Promise((done) => server.close(() => done(undefined))),
      });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8808);
  const crm = /** @type {{ url: string }} */ (await startCrm({ port }));
  console.log(`Demo CRM on ${crm.url}/  (client screen: ${crm.url}/crm/client?cust=${CLIENTS[0]?.clientNo})`);
}
