// @ts-check
/**
 * Static fixture pages for the client-ID tests (demo-crm/fixtures/): hard screens beside the demo CRM.
 * `*.gbk.html` and `*.big5.html` are stored in those encodings and served with that charset, as old CRMs
 * do; `/fixtures/spa/*` is a single-page app, so every path under it serves the same page, and so is each built-in
 * preset's screen (`/fixtures/presets/<system>/<client|list>/…`: the rest of the path is the system's own).
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./fixtures/', import.meta.url));

/** @param {string} file */
function contentType(file) {
  if (file.endsWith('.gbk.html')) return 'text/html; charset=gbk';
  if (file.endsWith('.big5.html')) return 'text/html; charset=big5';
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };
  return types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream';
}

/** @param {string} pathname @param {import('node:http').ServerResponse} res */
export async function serveFixture(pathname, res) {
  let rel = decodeURIComponent(pathname.slice('/fixtures/'.length));
  if (rel === 'spa' || rel.startsWith('spa/')) rel = 'spa.html';
  // A preset's screen at the address its system gives it: presets/<system>/<screen>/<the system's own path>.
  const preset = /^presets\/([a-z0-9-]+)\/(client|list)(?:\/|$)/.exec(rel);
  if (preset) rel = `presets/${preset[1]}/${preset[2]}.html`;
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const file = normalize(join(DIR, rel));
  if (!file.startsWith(DIR) || file.includes(`${sep}src${sep}`)) {
    res.writeHead(404).end();
    return;
  }
  try {
    const body = await readFile(file);
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-store' });
    res.end(body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  }
}
