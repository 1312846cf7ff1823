/**
 * In-memory stand-ins for the extension APIs that WXT's fakeBrowser leaves unimplemented (permissions, scripting,
 * commands, the manifest), so the background's wiring runs in a unit test and leaves state a test can assert on:
 * the granted origins, the registered content scripts, the scripts injected into tabs. Messages sent with
 * `runtime.sendMessage` reach the listeners as from one of Pacer's own pages, as they do in the browser.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { urlMatchesPattern } from '@/lib/origins';

// fakeBrowser's tabs.query compares `url` as a plain string; Chrome takes match patterns (one or a list).
const plainQuery = fakeBrowser.tabs.query.bind(fakeBrowser.tabs);

type Listener = (...args: never[]) => unknown;

/** An event with addListener/removeListener and a `trigger` that awaits every listener. */
export function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    addListener: (l: Listener) => void listeners.push(l),
    removeListener: (l: Listener) => void listeners.splice(listeners.indexOf(l) >>> 0, 1),
    hasListener: (l: Listener) => listeners.includes(l),
    hasListeners: () => listeners.length > 0,
    trigger: (...args: unknown[]) => Promise.all(listeners.map((l) => (l as (...a: unknown[]) => unknown)(...args))),
  };
}

export interface Registration {
  id: string;
  js?: string[];
  matches?: string[];
  allFrames?: boolean;
  runAt?: string;
}

export interface FakeExtension {
  /** Origins the browser has granted (preset or by the RM). */
  granted: string[];
  registered: Registration[];
  /** The registration calls that succeeded, in order. */
  calls: ('register' | 'update' | 'unregister')[];
  /** Each scripting call waits this many ms first (unset: none), so concurrent callers interleave as in Chrome. */
  latency?: () => number;
  injected: { tabId: number; documentIds?: string[]; files?: string[]; func?: string }[];
  permissions: { onAdded: ReturnType<typeof fakeEvent>; onRemoved: ReturnType<typeof fakeEvent> };
  commands: { onCommand: ReturnType<typeof fakeEvent> };
  /** Every `sidePanel.open()` call, in order. */
  panelsOpened: { windowId?: number; tabId?: number }[];
}

/** Resets fakeBrowser and installs the stand-ins on it. Call in `beforeEach`. */
export function installFakeExtension(opts: { hostPermissions?: string[] } = {}): FakeExtension {
  fakeBrowser.reset();
  const state: FakeExtension = {
    granted: [...(opts.hostPermissions ?? [])],
    registered: [],
    calls: [],
    injected: [],
    permissions: { onAdded: fakeEvent(), onRemoved: fakeEvent() },
    commands: { onCommand: fakeEvent() },
    panelsOpened: [],
  };
  const b = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  Object.assign(b.permissions!, {
    getAll: async () => ({ origins: [...state.granted], permissions: ['storage', 'sidePanel', 'scripting'] }),
    onAdded: state.permissions.onAdded,
    onRemoved: state.permissions.onRemoved,
  });
  // Chrome's own errors: a second script with the same id, or unregistering/updating one that is not there, throws.
  const step = () => (state.latency ? new Promise((r) => setTimeout(r, state.latency!())) : Promise.resolve());
  Object.assign(b.scripting!, {
    getRegisteredContentScripts: async (filter?: { ids?: string[] }) => {
      await step();
      return state.registered.filter((r) => !filter?.ids || filter.ids.includes(r.id)).map((r) => ({ ...r }));
    },
    registerContentScripts: async (scripts: Registration[]) => {
      await step();
      for (const s of scripts) if (state.registered.some((r) => r.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      state.registered.push(...scripts);
      state.calls.push('register');
    },
    updateContentScripts: async (scripts: Registration[]) => {
      await step();
      for (const s of scripts) {
        const i = state.registered.findIndex((r) => r.id === s.id);
        if (i < 0) throw new Error(`Script with ID '${s.id}' does not exist.`);
        state.registered[i] = { ...state.registered[i]!, ...s };
      }
      state.calls.push('update');
    },
    unregisterContentScripts: async (filter: { ids: string[] }) => {
      await step();
      for (const id of filter.ids) if (!state.registered.some((r) => r.id === id)) throw new Error(`Nonexistent script ID '${id}'`);
      state.registered = state.registered.filter((r) => !filter.ids.includes(r.id));
      state.calls.push('unregister');
    },
    executeScript: async (injection: { target: { tabId: number; documentIds?: string[] }; files?: string[]; func?: { name: string } }) => {
      state.injected.push({
        tabId: injection.target.tabId,
        documentIds: injection.target.documentIds,
        files: injection.files,
        func: injection.func?.name,
      });
      return [{ result: undefined }];
    },
  });
  Object.assign(b.tabs!, {
    query: async (info: { url?: string | string[] } & Record<string, unknown>) => {
      const { url, ...rest } = info;
      const tabs = await plainQuery(rest);
      const patterns = url === undefined ? null : [url].flat();
      return patterns ? tabs.filter((t) => t.url && patterns.some((p) => urlMatchesPattern(t.url!, p))) : tabs;
    },
  });
  Object.assign(b.commands!, { onCommand: state.commands.onCommand, getAll: async () => [] });
  b.sidePanel = { open: async (options: { windowId?: number; tabId?: number }) => void state.panelsOpened.push(options) };
  Object.assign(b.runtime!, {
    getManifest: () => ({ manifest_version: 3, name: 'Pacer', version: '0', host_permissions: opts.hostPermissions ?? [] }),
    sendMessage: async (message: unknown) => {
      const sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/options.html') };
      const replies = await fakeBrowser.runtime.onMessage.trigger(message, sender);
      return replies.find((r) => r !== undefined);
    },
  });
  return state;
}
