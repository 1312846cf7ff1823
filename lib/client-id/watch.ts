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
import { type Detection, detectClientId, type Root, type TextMemo, updateRoots } from './detect';
import type { Refusal, SiteRule } from './rule-types';

export interface WatchOptions {
  /** Called whenever the result, the page URL, or the loading flag changes; with no client, what the page's rule
   * found and refused (null: nothing). */
  onChange: (result: Detection | null, url: string, loading: boolean, refused: Refusal | null) => void;
  /** The site rules in force; read again on every detection. */
  rules?: () => readonly SiteRule[];
  /** Reads this long after the first change: a burst (a table filled row by row) is one read, and a
   * page that never stops changing is read at most this often. */
  settleMs?: number;
  /** How long an unchanged screen after a navigation counts as "still loading". */
  staleMs?: number;
  /** After settling, a read waits for the page to be idle, but no longer than this. */
  idleMs?: number;
  signal?: AbortSignal;
}

export interface Watcher {
  /** Reads again now (rules changed). */
  refresh(): void;
}

interface NavigationLike extends EventTarget {}

const OBSERVED: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['value'],
};

export function watchClientId(
  doc: Document,
  { onChange, rules = () => [], settleMs = 100, staleMs = 2500, idleMs = 80, signal }: WatchOptions,
): Watcher {
  const win = doc.defaultView;
  let last = '';
  let lastUrl = win?.location.href ?? '';
  let current: Detection | null = null;
  /** What the last read's rule found and refused. */
  let refused: Refusal | null = null;
  /** Set by a same-document navigation: what was on screen before it. */
  let before: { clientId: string; source: Node } | null = null;
  let staleTimer: ReturnType<typeof setTimeout> | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  /** Label text nodes found by earlier reads: a read after a change that touched no label skips the walk. */
  const textMemo = new Map<string, TextMemo>();
  /**
   * Documents and shadow roots found by an earlier read, and how many elements they held: while the count
   * stays the same no frame or shadow root can have appeared, so a read only searches text.
   */
  let roots: readonly Root[] | undefined;
  let elementCount = -1;
  let listening = false;
  const loadWatched = new WeakSet<Document>();
  // The first change is all the watcher needs to know until its next read: it stops listening, so a page
  // that keeps changing does not pay for a record per change passed into this isolated world.
  const observer = new MutationObserver(() => {
    observer.disconnect();
    listening = false;
    schedule();
  });

  function forgetRoots() {
    roots = undefined;
  }

  function countElements(found: readonly Root[]): number {
    let n = 0;
    for (const root of found)
      n += root.nodeType === 9 ? (root as Document).getElementsByTagName('*').length : root.querySelectorAll('*').length;
    return n;
  }

  function listen() {
    if (listening) return;
    listening = true;
    for (const root of roots ?? [doc]) {
      // The document itself rather than its root element: a page that replaces its <html> is still watched.
      observer.observe(root, OBSERVED);
      // A frame navigating to another client replaces its document: catch its load (load does not
      // bubble, but it can be captured) and look again.
      if (root.nodeType === 9 && !loadWatched.has(root as Document)) {
        loadWatched.add(root as Document);
        root.addEventListener(
          'load',
          () => {
            forgetRoots();
            schedule();
          },
          { capture: true, signal },
        );
      }
    }
  }

  function clearStale() {
    before = null;
    if (staleTimer !== undefined) clearTimeout(staleTimer);
    staleTimer = undefined;
  }

  function read() {
    let result: Detection | null = null;
    refused = null;
    try {
      result = detect();
    } catch {
      // Whatever the page did to make the read throw, it must not leave the previous client on show.
      result = null;
    } finally {
      // The observer stopped at the first change; it listens again whatever became of this read.
      relisten();
    }
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
    const why = !loading && !result ? refused : null;
    const key = loading
      ? `loading\n${url}`
      : `${result?.clientId ?? ''}\n${url}\n${result?.rule ?? ''}\n${result?.strategy ?? ''}\n${result?.via ?? ''}\n${why ? JSON.stringify(why) : ''}`;
    if (!loading) current = result;
    if (key === last) return;
    last = key;
    onChange(result, url, loading, why);
  }

  function detect(): Detection | null {
    if (roots) {
      const attached = updateRoots(doc, roots, []);
      if (attached.length !== roots.length || countElements(attached) !== elementCount) forgetRoots();
    }
    return detectClientId(doc, rules(), {
      ...(roots ? { roots } : {}),
      textMemo,
      onRefused(r) {
        refused = r;
      },
      onRoots(found) {
        roots = found;
        elementCount = countElements(found);
      },
    });
  }

  /** Reconnects, so roots found by this read are observed too. */
  function relisten() {
    if (listening) {
      observer.disconnect();
      listening = false;
    }
    listen();
  }

  function cancel() {
    if (timer !== undefined) clearTimeout(timer);
    if (idle !== undefined) win?.cancelIdleCallback(idle);
    timer = idle = undefined;
  }

  // The read waits for an idle moment: it then competes with none of the page's own work, and finds the
  // page's layout already done (the visibility check would otherwise force it in the middle of a burst).
  function schedule(delay = settleMs) {
    if (timer !== undefined || idle !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      if (typeof win?.requestIdleCallback !== 'function') return read();
      idle = win.requestIdleCallback(
        () => {
          idle = undefined;
          read();
        },
        { timeout: idleMs },
      );
    }, delay);
  }

  function navigated() {
    const url = win?.location.href ?? '';
    if (url === lastUrl) return;
    lastUrl = url;
    if (current?.source && !before) before = { clientId: current.clientId, source: current.source };
    cancel();
    forgetRoots();
    schedule(0);
  }

  // The Navigation API sees pushState/replaceState made by the page's own scripts (an isolated world
  // cannot wrap them); popstate and hashchange cover browsers without it.
  const navigation = (win as unknown as { navigation?: NavigationLike } | null)?.navigation;
  navigation?.addEventListener('currententrychange', navigated, { signal });
  win?.addEventListener('popstate', navigated, { signal });
  win?.addEventListener('hashchange', navigated, { signal });
  win?.addEventListener(
    'pageshow',
    (e) => {
      // Back/forward cache: the page is shown again without a reload, so say again what it shows.
      if ((e as PageTransitionEvent).persisted) {
        last = '';
        forgetRoots();
        schedule();
      }
    },
    { signal },
  );
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    cancel();
    clearStale();
  });

  read();
  return {
    refresh() {
      last = '';
      forgetRoots();
      schedule(0);
    },
  };
}
