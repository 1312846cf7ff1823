/**
 * Teach mode, injected into the CRM tab on demand by the side panel (never loaded otherwise): the RM
 * clicks the client number and this returns a proposed rule to the panel (the value of executeScript).
 * It reaches into same-origin frames and open shadow roots; Esc, or the panel's cancel (which calls
 * `pacerTeachStop` in this isolated world), ends it.
 * It builds its few nodes with textContent only: nothing page-derived is ever parsed as HTML.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { reachableDocuments } from '@/lib/client-id/detect';
import { type Proposal, proposeRule } from '@/lib/client-id/teach';

declare global {
  // set by the panel in this isolated world just before injecting
  var pacerTeach: { banner: string } | undefined;
  // the running teach session, so a second start replaces it
  var pacerTeachStop: (() => void) | undefined;
}

export default defineUnlistedScript(
  () =>
    new Promise<Proposal | { cancelled: true }>((resolve) => {
      globalThis.pacerTeachStop?.();
      const ctl = new AbortController();
      const docs = [...reachableDocuments(document)];
      const banner = document.createElement('div');
      banner.textContent = globalThis.pacerTeach?.banner ?? 'Pacer';
      banner.setAttribute(
        'style',
        'position:fixed;z-index:2147483647;top:8px;left:50%;transform:translateX(-50%);background:#1d4ed8;color:#fff;font:600 14px/1.4 system-ui,sans-serif;padding:8px 16px;border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.25);pointer-events:none',
      );
      (document.body ?? document.documentElement).append(banner);
      let hovered: HTMLElement | null = null;
      let hoveredOutline = '';
      const unhover = () => {
        if (hovered) hovered.style.outline = hoveredOutline;
        hovered = null;
      };
      const finish = (outcome: Proposal | { cancelled: true }) => {
        unhover();
        banner.remove();
        ctl.abort();
        globalThis.pacerTeachStop = undefined;
        resolve(outcome);
      };
      globalThis.pacerTeachStop = () => finish({ cancelled: true });
      const target = (e: Event) => {
        const t = e.composedPath()[0] as Node | undefined;
        // Not `instanceof Element`: a frame's nodes come from the frame's own realm, whose Element differs.
        return t?.nodeType === 1 ? (t as Element) : null;
      };
      for (const doc of docs) {
        const opts = { capture: true, signal: ctl.signal };
        doc.addEventListener(
          'mouseover',
          (e) => {
            const el = target(e);
            if (!el || !('style' in el) || el === hovered) return;
            unhover();
            hovered = el as HTMLElement;
            hoveredOutline = hovered.style.outline;
            hovered.style.outline = '2px solid #1d4ed8';
          },
          opts,
        );
        doc.addEventListener(
          'click',
          (e) => {
            const el = target(e);
            if (!el) return;
            e.preventDefault();
            e.stopImmediatePropagation();
            unhover();
            finish(proposeRule(el, document, location.href));
          },
          opts,
        );
        doc.addEventListener(
          'keydown',
          (e) => {
            if (e.key === 'Escape') finish({ cancelled: true });
          },
          opts,
        );
      }
    }),
);
