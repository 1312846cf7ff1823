// @ts-check
/** Builds the extension with WXT, with CRM origins preset the way a bank's IT would. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const EXTENSION_DIR = resolve(ROOT, '.output', 'chrome-mv3');
export const LOCAL_CRM_ORIGINS = 'http://127.0.0.1/*';

/** @param {{ crmOrigins?: string, quiet?: boolean }} [opts] */
export function buildExtension({ crmOrigins = LOCAL_CRM_ORIGINS, quiet = true } = {}) {
  const r = spawnSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, CRM_ORIGINS: crmOrigins },
    encoding: 'utf8',
    stdio: quiet ? 'pipe' : 'inherit',
  });
  if (r.status !== 0) {
    throw new Error(`wxt build failed:\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  }
  return EXTENSION_DIR;
}
