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
import { attachedRoots, countElements, type Detection, type Root, readClientId } from './detect';
import type { Refusal, SiteRule } from './rule-types';

export interface WatchOptions {
  /** Called whenever the result, the page URL, or the loading flag changes; with no client, what the page's rule
   * found and refused (null: nothing). */
  onChange: (result: Detection | null, url: string, loading: boolean, refused: Refusal | null) => void;
  /** The site rules in force; read again on every detection. */
  rules?: () => readonly SiteRule[];
  /** The zero-config labels, normalised (lib/client-id/labels.ts; the page script is sent them). */
  labels: () => ReadonlySet<string>;
  /** After the first change, waits this long before looking for a quiet moment. */
  settleMs?: number;
  /**
   * Then reads once the page has made no change for this long: a burst of changes (a table filled row by row, a
   * grid redrawn in forty tasks) is one read, after it.
   */
  quietMs?: number;
  /** A page that never stops changing is still read this long after its first change. */
  maxWaitMs?: number;
  /**
   * With a client on screen, a change away from it (neither where the client number and its label are, nor on the
   * way up to the page's top) is read at most this often: it can change the answer only by showing a second client
   * number, while the page's own work elsewhere (a ticking clock, a grid of figures) must not cost a read per burst.
   */
  auditMs?: number;
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
/** Where the client was read: its label and value, a field's value, and what hides them. */
const AROUND_ANSWER: MutationObserverInit = { ...OBSERVED, attributeFilter: ['value', 'class', 'style', 'hidden'] };
/** Each ancestor above: losing or swapping a child (the card replaced), or being hidden. */
const ON_THE_WAY_UP: MutationObserverInit = { childList: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] };
/** How far up the answer's ancestors are watched (frames and shadow trees included). */
const MAX_ANCESTORS = 128;

/** The answer's parent, then each node above it in the composed tree: shadow roots, their hosts, frames' documents and elements. */
function* upwards(node: Node): Generator<Node> {
  let n: Node | null = node;
  for (let i = 0; n && i < MAX_ANCESTORS; i++) {
    const parent: Node | null = n.parentNode;
    if (parent) {
      yield parent;
      n = parent;
    } else if (n.nodeType === 11) {
      n = (n as ShadowRoot).host;
      if (n) yield n;
    } else if (n.nodeType === 9) {
      n = (n as Document).defaultView?.frameElement ?? null;
      if (n) yield n;
    } else {
      n = null;
    }
  }
}

export function watchClientId(
  doc: Document,
  {
    onChange,
    rules = () => [],
    labels,
    settleMs = 50,
    quietMs = 60,
    maxWaitMs = 1000,
    auditMs = 2000,
    staleMs = 2500,
    idleMs = 80,
    signal,
  }: WatchOptions,
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
  /** When the pending timer fires (a sooner reason to read replaces a later one). */
  let dueAt = 0;
  /** Listening for the quiet moment the pending read waits for. */
  let quiet: ReturnType<typeof setTimeout> | undefined;
  let idle: number | undefined;
  /** When the pending read began looking for a quiet moment (0: not yet). */
  let quietSince = 0;
  /** The last read showed a client (answerObserver watches where it was read, if from a node). */
  let watchingAnswer = false;
  let lastReadAt = 0;
  /**
   * Documents and shadow roots found by an earlier read, and how many elements they held: while the count
   * stays the same no frame or shadow root can have appeared, so a read only searches text.
   */
  let roots: readonly Root[] | undefined;
  let elementCount = -1;
  let listening = false;
  const loadWatched = new WeakSet<Document>();
  // The first change is all the watcher needs to know until it looks for a quiet moment: it stops listening, so a
  // page that keeps changing does not pay for a record per change passed into this isolated world.
  const observer = new MutationObserver(() => {
    observer.disconnect();
    listening = false;
    changed(watchingAnswer ? lastReadAt + auditMs - Date.now() : settleMs);
  });
  /** The answer's ancestors above its surroundings, watched with ON_THE_WAY_UP. */
  let above = new Set<Node>();
  // Where the client on screen was read: a change there is read as soon as the page is quiet. Above it, a child
  // added beside the way up (a dialog appended to the body) is a change elsewhere, left to the audit.
  const answerObserver = new MutationObserver((records) => {
    if (!records.some((r) => r.type === 'attributes' || r.removedNodes.length > 0 || !above.has(r.target))) return;
    answerObserver.disconnect();
    changed(settleMs);
  });

  function changed(delay: number) {
    if (quiet !== undefined) {
      // Not quiet yet: wait again, unless the page has been changing for too long already.
      clearTimeout(quiet);
      quiet = undefined;
      const waited = Date.now() - quietSince;
      if (waited >= maxWaitMs) return readWhenIdle();
      // Each wait as long as the page has been busy so far: a long burst costs a few looks, not one per settleMs.
      return schedule(Math.max(settleMs, waited), true);
    }
    schedule(Math.max(settleMs, delay), true);
  }

  /** Watches the answer's surroundings and the way up from them (see AROUND_ANSWER, ON_THE_WAY_UP). */
  function watchAnswer(answer: Detection | null) {
    answerObserver.disconnect();
    watchingAnswer = answer !== null;
    const source = answer?.source;
    if (!source?.isConnected) return;
    let first = true;
    above = new Set();
    for (const n of upwards(source)) {
      answerObserver.observe(n, first ? AROUND_ANSWER : ON_THE_WAY_UP);
      if (!first) above.add(n);
      first = false;
    }
  }

  function forgetRoots() {
    roots = undefined;
  }

  const elementsIn = (found: readonly Root[]) => found.reduce((n, root) => n + countElements(root), 0);

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
            schedule(settleMs);
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
    lastReadAt = Date.now();
    quietSince = 0;
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
    watchAnswer(loading ? null : current);
    if (key === last) return;
    last = key;
    onChange(result, url, loading, why);
  }

  function detect(): Detection | null {
    if (roots) {
      const attached = attachedRoots(doc, roots);
      if (attached.length !== roots.length || elementsIn(attached) !== elementCount) forgetRoots();
    }
    return readClientId(doc, rules(), labels(), {
      ...(roots ? { roots } : {}),
      onRefused(r) {
        refused = r;
      },
      onRoots(found) {
        roots = found;
        elementCount = elementsIn(found);
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
    if (quiet !== undefined) clearTimeout(quiet);
    if (idle !== undefined) win?.cancelIdleCallback(idle);
    timer = quiet = idle = undefined;
  }

  /**
   * Reads after `delay`; with `whenQuiet`, only once the page then makes no change for quietMs (the observer listens
   * meanwhile and, at a change, waits again). A sooner reason replaces a later one; a read already due stays.
   */
  function schedule(delay: number, whenQuiet = false) {
    if (quiet !== undefined || idle !== undefined) return;
    const at = Date.now() + delay;
    if (timer !== undefined) {
      if (dueAt <= at) return;
      clearTimeout(timer);
    }
    dueAt = at;
    timer = setTimeout(() => {
      timer = undefined;
      if (!whenQuiet) return readWhenIdle();
      quietSince ||= Date.now();
      listen();
      quiet = setTimeout(() => {
        quiet = undefined;
        readWhenIdle();
      }, quietMs);
    }, delay);
  }

  // The read waits for an idle moment: it then competes with none of the page's own work, and finds the
  // page's layout already done (the visibility check would otherwise force it in the middle of a burst).
  function readWhenIdle() {
    if (idle !== undefined) return;
    if (typeof win?.requestIdleCallback !== 'function') return read();
    idle = win.requestIdleCallback(
      () => {
        idle = undefined;
        read();
      },
      { timeout: idleMs },
    );
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
        schedule(settleMs);
      }
    },
    { signal },
  );
  signal?.addEventListener('abort', () => {
    observer.disconnect();
    answerObserver.disconnect();
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
