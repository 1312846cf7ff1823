/**
 * Keeps the on-screen client up to date on pages that change without reloading: late rendering, frames
 * loading another client, single-page navigation. Event-driven only: no polling, so a page that does
 * not change costs nothing.
 */
import { detectClientId, reachableDocuments, type Detection } from './detect';

export interface WatchOptions {
  /** Called with the current result whenever it, or the page URL, changes. */
  onChange: (result: Detection | null, url: string) => void;
  /** Coalesces bursts of DOM mutations (a table being filled row by row) into one read. */
  settleMs?: number;
  signal?: AbortSignal;
}

export function watchClientId(doc: Document, { onChange, settleMs = 60, signal }: WatchOptions): void {
  const win = doc.defaultView;
  let last = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observed = new WeakSet<Document>();
  const observer = new MutationObserver(schedule);

  function observeAll() {
    for (const d of reachableDocuments(doc)) {
      if (observed.has(d) || !d.documentElement) continue;
      observed.add(d);
      observer.observe(d.documentElement, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['value'] });
    }
  }

  function read() {
    timer = undefined;
    observeAll();
    const result = detectClientId(doc);
    const url = win?.location.href ?? '';
    const key = `${result?.clientId ?? ''}\n${url}`;
    if (key === last) return;
    last = key;
    onChange(result, url);
  }

  function schedule() {
    if (timer === undefined) timer = setTimeout(read, settleMs);
  }

  // A frame navigating to another client replaces its document: catch its load (load does not bubble,
  // but it can be captured) and observe the new document.
  doc.addEventListener('load', schedule, { capture: true, signal });
  win?.addEventListener('popstate', schedule, { signal });
  win?.addEventListener('hashchange', schedule, { signal });
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
  });

  observeAll();
  read();
}
