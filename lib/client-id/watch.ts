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
import { detectClientId, updateRoots, type Detection, type Root } from './detect';
import type { SiteRule } from './rule-types';

export interface WatchOptions {
  /** Called whenever the result, the page URL, or the loading flag changes. */
  onChange: (result: Detection | null, url: string, loading: boolean) => void;
  /** The site rules in force; read again on every detection. */
  rules?: () => readonly SiteRule[];
  /** Reads once the page has been quiet this long (a table being filled row by row is one read)… */
  settleMs?: number;
  /** …or this long after the first change, on a page that never stops changing. */
  maxWaitMs?: number;
  /** How long an unchanged screen after a navigation counts as "still loading". */
  staleMs?: number;
  signal?: AbortSignal;
}

export interface Watcher {
  /** Reads again now (rules changed). */
  refresh(): void;
}

interface NavigationLike extends EventTarget {}

export function watchClientId(doc: Document, { onChange, rules = () => [], settleMs = 50, maxWaitMs = 200, staleMs = 2500, signal }: WatchOptions): Watcher {
  const win = doc.defaultView;
  let last = '';
  let lastUrl = win?.location.href ?? '';
  let current: Detection | null = null;
  /** Set by a same-document navigation: what was on screen before it. */
  let before: { clientId: string; source: Node } | null = null;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change not yet read happened. */
  let pendingSince: number | undefined;
  const observed = new WeakSet<Node>();
  /**
   * Documents and shadow roots found by an earlier read, kept up to date from the mutations (elements
   * added or removed) so that most reads only search text; dropped when too much changed at once.
   */
  let roots: readonly Root[] | undefined;
  let added: Element[] = [];
  let removed = false;
  const observer = new MutationObserver((records) => {
    if (roots) {
      for (const r of records) {
        if (r.type !== 'childList') continue;
        for (let i = 0; i < r.addedNodes.length; i++) {
          const n = r.addedNodes[i]!;
          if (n.nodeType === 1) added.push(n as Element);
        }
        if (!removed && hasElement(r.removedNodes)) removed = true;
      }
      if (added.length > 500) forgetRoots();
    }
    schedule();
  });

  function forgetRoots() {
    roots = undefined;
    added = [];
    removed = false;
  }

  function observe(found: readonly Root[]) {
    for (const root of found) {
      if (observed.has(root)) continue;
      observed.add(root);
      const target = root.nodeType === 9 ? (root as Document).documentElement : root;
      if (!target) continue;
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
      // A frame navigating to another client replaces its document: catch its load (load does not
      // bubble, but it can be captured) and observe the new document.
      if (root.nodeType === 9) root.addEventListener('load', () => {
        forgetRoots();
        schedule();
      }, { capture: true, signal });
    }
  }

  function hasElement(nodes: NodeList): boolean {
    for (let i = 0; i < nodes.length; i++) if (nodes[i]!.nodeType === 1) return true;
    return false;
  }

  function clearStale() {
    before = null;
    if (staleTimer !== undefined) clearTimeout(staleTimer);
    staleTimer = undefined;
  }

  function read() {
    timer = undefined;
    pendingSince = undefined;
    if (roots && (added.length || removed)) {
      roots = updateRoots(doc, roots, added);
      observe(roots);
    }
    added = [];
    removed = false;
    let result = detectClientId(doc, rules(), {
      ...(roots ? { roots } : {}),
      onRoots(found) {
        roots = found;
        observe(found);
      },
    });
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
    const now = Date.now();
    pendingSince ??= now;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(read, Math.max(0, Math.min(delay, pendingSince + maxWaitMs - now)));
  }

  function navigated() {
    const url = win?.location.href ?? '';
    if (url === lastUrl) return;
    lastUrl = url;
    if (current?.source && !before) before = { clientId: current.clientId, source: current.source };
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    forgetRoots();
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
      forgetRoots();
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
      forgetRoots();
      schedule(0);
    },
  };
}
