// @ts-check
/**
 * Raw and gzipped size of what each entrypoint loads before it runs: its own file plus every chunk and stylesheet
 * it pulls in statically. Chunks imported dynamically (the popup's database side, after its first frame) are not
 * counted: they load after the figures the budgets are about.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets in KB. The content script's is the tightest: it runs on every CRM screen the RM opens. */
export const BUDGETS = {
  'content-script': { raw: 20, gz: 6 },
  // The worker opens IndexedDB itself (the sentiment shortcut writes through the one action), so it carries Dexie.
  background: { raw: 320, gz: 110 },
  sidepanel: { raw: 450, gz: 140 },
  popup: { raw: 320, gz: 100 },
  options: { raw: 350, gz: 110 },
};

/** A script and everything it imports statically, into `seen`. @param {string} root @param {string} file @param {Set<string>} seen */
export async function collect(root, file, seen) {
  const abs = normalize(file);
  if (seen.has(abs)) return;
  seen.add(abs);
  if (!abs.endsWith('.js')) return;
  const code = await readFile(abs, 'utf8');
  for (const m of code.matchAll(/(?:import|export)\s*(?:[^'"]*?from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    await collect(root, join(dirname(abs), /** @type {string} */ (m[1])), seen);
  }
}

/** Every file an extension page loads before its scripts run: its scripts, their static imports, its style sheets.
 * @param {string} root @param {string} html */
export async function htmlEntry(root, html) {
  const text = await readFile(join(root, html), 'utf8');
  const seen = new Set([normalize(join(root, html))]);
  for (const m of text.matchAll(/(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = /** @type {string} */ (m[1]);
    await collect(root, join(root, ref.startsWith('/') ? ref.slice(1) : ref), seen);
  }
  return seen;
}

/** @param {string} extensionDir */
export async function bundleSizes(extensionDir) {
  const background = new Set();
  await collect(extensionDir, join(extensionDir, 'background.js'), background);
  /** @type {Record<string, Set<string>>} */
  const entries = {
    'content-script': new Set([join(extensionDir, 'crm.js')]),
    background,
    sidepanel: await htmlEntry(extensionDir, 'sidepanel.html'),
    popup: await htmlEntry(extensionDir, 'popup.html'),
    options: await htmlEntry(extensionDir, 'options.html'),
  };
  const figures = [];
  for (const [name, files] of Object.entries(entries)) {
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const buf = await readFile(f);
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
    }
    const budget = BUDGETS[/** @type {keyof typeof BUDGETS} */ (name)];
    figures.push({ name: `${name}-raw`, value: round(raw / 1024), unit: 'KB', budget: budget.raw });
    figures.push({ name: `${name}-gz`, value: round(gz / 1024), unit: 'KB', budget: budget.gz });
  }
  return figures;
}

const round = (/** @type {number} */ n) => Math.round(n * 10) / 10;
