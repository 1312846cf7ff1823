import { type Signal, signal, useSignal } from '@preact/signals';
import { createElement } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Captured, Offers } from '@/lib/capture/merge';
import type { ClientRef } from '@/lib/client/key';
import type { ProfilePatch } from '@/lib/import/rows';
import { captureOnForTab } from '@/platform/field-capture-switch';

/** What the tab's screen shows of this client's template fields. */
export interface PageCapture {
  /** Reading; off for this address (or forbidden), nothing read; nothing readable; read (`captured` what parsed). */
  status: 'reading' | 'off' | 'none' | 'read';
  captured: Captured[] | null;
  tooBig: boolean;
}

type Module = typeof import('./CaptureOffer');
const loaded = signal<Module | null>(null);
async function load(): Promise<Module> {
  loaded.value ??= await import('./CaptureOffer');
  return loaded.value;
}

/**
 * Field capture for the card (lib/capture/): where the RM switched it on for the tab's address and the bank allows
 * it, the read and its offer load (./CaptureOffer.tsx) and read the page once; elsewhere nothing is loaded or read.
 */
export function usePageCapture(tabId: number | undefined, client: ClientRef): Signal<PageCapture> {
  const state = useSignal<PageCapture>({ status: tabId === undefined ? 'off' : 'reading', captured: null, tooBig: false });
  useEffect(() => {
    if (tabId === undefined) return;
    let alive = true;
    void (async () => {
      const on = await captureOnForTab(tabId, client).catch(() => false);
      if (!alive) return;
      if (!on) {
        state.value = { status: 'off', captured: null, tooBig: false };
        return;
      }
      const got = await (await load()).readPage(tabId, client);
      if (alive) state.value = got;
    })();
    return () => {
      alive = false;
    };
  }, [tabId, client.origin, client.clientId]);
  return state;
}

/** The offer, once its module has loaded (it has, whenever there is something to offer). */
export function LazyCaptureOffer(props: { offers: Offers; tooBig: boolean; onFill: (which: readonly Captured[]) => void }) {
  const m = loaded.value;
  return m ? createElement(m.CaptureOffer, props) : null;
}

export async function fillFromPage(tabId: number | undefined, client: ClientRef, patch: ProfilePatch): Promise<(keyof ProfilePatch)[]> {
  return (await load()).fillFromPage(tabId, client, patch);
}
