/**
 * Which tab the panel follows, and what is on that tab's CRM screen. A panel opened with `?tab=<id>` is
 * pinned to that tab; otherwise it follows the active tab of its own window.
 */
import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { TabClient } from '@/lib/client-id/tab-client';
import { tabClient } from '@/platform/storage';
import { followActiveTab, tabTitle, watchTabClosed } from '@/platform/tabs';

export interface FollowedTab {
  tabId: Signal<number | null>;
  /** undefined while reading; null when the tab has no CRM page Pacer reads. */
  client: Signal<TabClient | null | undefined>;
  /** The pinned tab was closed. */
  closed: Signal<boolean>;
}

export function useFollowedTab(boundTabId: number | null): FollowedTab {
  const tabId = useSignal<number | null>(boundTabId);
  const client = useSignal<TabClient | null | undefined>(undefined);
  const closed = useSignal(false);

  // Follow the active tab of this window unless pinned.
  useEffect(() => {
    if (boundTabId !== null) return watchTabClosed(boundTabId, () => (closed.value = true));
    return followActiveTab((id) => (tabId.value = id));
  }, [boundTabId]);

  // Read, then watch, the followed tab's client.
  useEffect(() => {
    const id = tabId.value;
    if (id === null) return;
    let alive = true;
    let changed = false;
    client.value = undefined;
    const item = tabClient(id);
    const stop = item.watch((v) => {
      changed = true;
      client.value = v;
    });
    // A change seen while the first read was in flight is newer than what the read returns.
    void item.get().then((v) => {
      if (alive && !changed) client.value = v;
    });
    return () => {
      alive = false;
      stop();
    };
  }, [tabId.value]);

  return { tabId, client, closed };
}

/**
 * The title of the tab a popped-out panel is pinned to ("客户信息 - 余娟"), so the RM can tell which CRM
 * window it belongs to. Re-read when that tab's client changes.
 */
export function usePinnedTitle(boundTabId: number | null, client: TabClient | null | undefined): Signal<string | null> {
  const title = useSignal<string | null>(null);
  useEffect(() => {
    if (boundTabId === null) return;
    void tabTitle(boundTabId).then((t) => (title.value = t));
  }, [boundTabId, client]);
  return title;
}
