/**
 * Keeps the CRM content script registered on exactly the http(s) origins Pacer may read: those preset at build time
 * (CRM_ORIGINS → host_permissions) and those the RM granted in the options, as the bank's policy allows them.
 *
 * Registration must not wait for the policy (`storage.managed` answers seconds after the browser starts, or never):
 * it starts from the policy as last read, or none, and runs again when the live policy answers with something else
 * (platform/policy.ts). Install, start, a permission granted or revoked and the policy changing all ask for it,
 * often at once; the changes run one at a time (lib/serial-job.ts), since Chrome's get → unregister → register
 * steps, interleaved, end with stale origins or a "duplicate script id" throw.
 */
import { browser } from 'wxt/browser';
import { serialJob } from '@/lib/serial-job';
import { grantedOrigins } from './permissions';

export const CONTENT_SCRIPT_ID = 'pacer-crm';
const SCRIPT_FILE = '/crm.js';

const script = (matches: string[]) => ({
  id: CONTENT_SCRIPT_ID,
  js: [SCRIPT_FILE],
  matches,
  runAt: 'document_idle' as const,
  // One script per tab: it reaches into same-origin frames itself, so it can tell which frame
  // holds the client and never reports two clients for one tab.
  allFrames: false,
  persistAcrossSessions: true,
});

/**
 * One registration change: the script on the origins Pacer may read now, updated in place when it is registered
 * already. Returns the origins and those it newly covers (tabs open on them have no script yet).
 */
export async function applyRegistration(): Promise<{ origins: string[]; added: string[] }> {
  const origins = await grantedOrigins();
  const [existing] = await browser.scripting.getRegisteredContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  const before = new Set(existing?.matches ?? []);
  if (!origins.length) {
    if (existing) await browser.scripting.unregisterContentScripts({ ids: [CONTENT_SCRIPT_ID] });
  } else if (existing) {
    if (origins.join() !== [...before].sort().join()) await browser.scripting.updateContentScripts([script(origins)]);
  } else {
    await browser.scripting.registerContentScripts([script(origins)]);
  }
  return { origins, added: origins.filter((o) => !before.has(o)) };
}

export interface SyncRequest {
  /** Inject into every open tab on the origins (install: the copies in open tabs belong to the old version). */
  injectAll: boolean;
}

/** What the last successful run registered (for the caller that asked to inject). */
let last: { origins: string[]; added: string[] } = { origins: [], added: [] };

const registration = serialJob<SyncRequest>(
  async ({ injectAll }) => {
    const done = await applyRegistration();
    last = done;
    // Tabs open on an origin this run added have no script yet; an install replaces the copies of the old version.
    const into = injectAll ? done.origins : done.added;
    // A tab that cannot be reached is not a failed registration (the script is there for its next load).
    await injectIntoOpenTabs(into).catch(() => undefined);
  },
  { merge: (a, b) => ({ injectAll: a.injectAll || b.injectAll }) },
);

/**
 * Asks for the registration to follow the origins Pacer may read now. Resolves with the origins once a run that
 * started after the call has ended (a failed run is retried; false in `ok` after the last retry).
 */
export async function syncContentScripts(request: SyncRequest = { injectAll: false }): Promise<{ ok: boolean; origins: string[] }> {
  const ok = await registration.request(request);
  return { ok, origins: last.origins };
}

/** Tabs already open on a newly granted origin get the script now rather than on their next reload. */
export async function injectIntoOpenTabs(origins: readonly string[]): Promise<void> {
  if (!origins.length) return;
  const tabs = await browser.tabs.query({ url: [...origins] });
  await Promise.all(
    tabs.map((tab) =>
      tab.id === undefined
        ? undefined
        : browser.scripting.executeScript({ target: { tabId: tab.id }, files: [SCRIPT_FILE] }).catch(() => undefined),
    ),
  );
}
