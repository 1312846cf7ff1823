// @ts-check
/**
 * Launching Debian's Chromium with the built extension loaded, through playwright-core (which never
 * downloads a browser). Shared by the end-to-end tests, the demo command and the benchmarks.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumPath() {
  const fromEnv = process.env.PACER_CHROMIUM;
  if (fromEnv) return fromEnv;
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (the README commands do this).');
  return found;
}

/** Flags for a closed network: without them Chromium keeps trying Google's services and logs failures. */
export const QUIET_FLAGS = [
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--disable-gpu',
  '--disable-dev-shm-usage',
];

/**
 * @param {{ extensionDir?: string | null, headless?: boolean, userDataDir?: string, locale?: string,
 *   viewport?: { width: number, height: number } | null }} opts
 */
export async function launch({
  extensionDir = null,
  headless = true,
  userDataDir,
  locale = 'zh-CN',
  viewport = { width: 1280, height: 800 },
}) {
  let dir = userDataDir;
  if (!dir) {
    dir = await mkdtemp(join(tmpdir(), 'pacer-profile-'));
    // A fresh profile in the requested language that does not offer to translate the (Chinese on purpose) CRM.
    await mkdir(join(dir, 'Default'), { recursive: true });
    const prefs = { translate: { enabled: false }, intl: { accept_languages: `${locale},${locale.split('-')[0]}` } };
    await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify(prefs));
  }
  const args = [...QUIET_FLAGS, `--lang=${locale}`];
  if (extensionDir) args.push(`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`);
  // Root (as in CI containers) cannot use Chromium's sandbox.
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: chromiumPath(),
    headless,
    args,
    locale,
    viewport,
    ignoreDefaultArgs: ['--disable-extensions', '--disable-component-extensions-with-background-pages'],
  });
  return { context, userDataDir: dir };
}

/** @param {import('playwright-core').BrowserContext} context */
export async function extensionWorker(context) {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  const worker = existing ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const id = new URL(worker.url()).host;
  return { worker, extensionId: id };
}

/**
 * Resolves once the background has registered the CRM content script (it does so on install).
 * @param {import('playwright-core').Worker} worker
 */
export async function waitForContentScriptRegistration(worker, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const n = await worker.evaluate(async () => (await chrome.scripting.getRegisteredContentScripts()).length);
    if (n > 0) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the CRM content script was never registered');
}
