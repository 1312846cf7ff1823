/**
 * Keeps the on-screen client up to date on pages that change without reloading: late rendering, frames
 * loading another client, single-page navigation (pushState, replaceState, hash). Event-driven only: no
 * polling, so a page that does not change costs nothing.
 *
 * After a same-document navigation the old client often stays on screen while the new one loads. An ID
 * read from the very node it was read from before the navigation is therefore "stale": the watcher says
 * "loading" until that node changes or is replaced (then the new ID is reported at once), or until
 * `staleMs` pass without change (the app really kept the same client on screen, e.g. another tab of it).
 */
import { detectClientId, type Detection } from './detect';
import type { SiteRule } from './rule-types';

export interface WatchOptions {
  /** Called whenever the result, the page URL, or the loading flag changes. */
  onChange: (result: Detection | null, url: string, loading: boolean) => void;
  /** The site rules in force; read again on every detection. */
  rules?: () => readonly SiteRule[];
  /** Coalesces bursts of DOM mutations (a table being filled row by row) into one read. */
  settleMs?: number;
  /** How long an unchanged screen after a navigation counts as "still loading". */
  staleMs?: number;
  signal?: AbortSignal;
}

export interface Watcher {
  /** Reads again now (rules changed). */
  refresh(): void;
}

interface NavigationLike extends EventTarget {}

export function watchClientId(doc: Document, { onChange, rules = () => [], settleMs = 50, staleMs = 2500, signal }: WatchOptions): Watcher {
  const win = doc.defaultView;
  let last = '';
  let lastUrl = win?.location.href ?? '';
  let current: Detection | null = null;
  /** Set by a same-document navigation: what was on screen before it. */
  let before: { clientId: string; source: Node } | null = null;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observed = new WeakSet<Node>();
  const observer = new MutationObserver(() => schedule());

  function observe(roots: readonly (Document | ShadowRoot)[]) {
    for (const root of roots) {
      if (observed.has(root)) continue;
      observed.add(root);
      const target = root.nodeType === 9 ? (root as Document).documentElement : root;
      if (!target) continue;
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
      // A frame navigating to another client replaces its document: catch its load (load does not
      // bubble, but it can be captured) and observe the new document.
      if (root.nodeType === 9) root.addEventListener('load', () => schedule(), { capture: true, signal });
    }
  }

  function clearStale() {
    before = null;
    if (staleTimer !== undefined) clearTimeout(staleTimer);
    staleTimer = undefined;
  }

  function read() {
    timer = undefined;
    let result = detectClientId(doc, rules(), observe);
    const url = win?.location.href ?? '';
    let loading = false;
    if (before && result && result.clientId === before.clientId && result.source === before.source) {
      loading = true;
      result = null;
      staleTimer ??= setTimeout(() => {
        staleTimer = undefined;
        before = null;
        read();
      }, staleMs);
    } else if (before) {
      clearStale();
    }
    const key = loading ? `loading\n${url}` : `${result?.clientId ?? ''}\n${url}\n${result?.rule ?? ''}\n${result?.strategy ?? ''}\n${result?.via ?? ''}`;
    if (!loading) current = result;
    if (key === last) return;
    last = key;
    onChange(result, url, loading);
  }

  function schedule(delay = settleMs) {
    if (timer === undefined) timer = setTimeout(read, delay);
  }

  function navigated() {
    const url = win?.location.href ?? '';
    if (url === lastUrl) return;
    lastUrl = url;
    if (current?.source && !before) before = { clientId: current.clientId, source: current.source };
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    schedule(0);
  }

  // The Navigation API sees pushState/replaceState made by the page's own scripts (an isolated world
  // cannot wrap them); popstate and hashchange cover browsers without it.
  const navigation = (win as unknown as { navigation?: NavigationLike } | null)?.navigation;
  navigation?.addEventListener('currententrychange', navigated, { signal });
  win?.addEventListener('popstate', navigated, { signal });
  win?.addEventListener('hashchange', navigated, { signal });
  win?.addEventListener('pageshow', (e) => {
    // Back/forward cache: the page is shown again without a reload, so say again what it shows.
    if ((e as PageTransitionEvent).persisted) {
      last = '';
      schedule();
    }
  }, { signal });
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    if (timer !== undefined) clearTimeout(timer);
    clearStale();
  });

  observe([doc]);
  read();
  return {
    refresh() {
      last = '';
      schedule(0);
    },
  };
}
