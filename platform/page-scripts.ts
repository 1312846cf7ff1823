/**
 * Scripts injected into a CRM tab only when needed, never loaded otherwise: teach mode and rule testing (when the
 * RM asks; each gets its input through a global in the extension's isolated world, set by a tiny function injected
 * just before), and the confirmation a shortcut shows on the page.
 */
import { browser } from 'wxt/browser';
import type { SiteRule } from '@/lib/client-id/rule-types';
import type { Message } from '@/lib/messages';

async function runFile(tabId: number, file: '/teach.js' | '/rule-test.js'): Promise<unknown> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [file] });
  return first?.result;
}

/** Resolves when the RM clicked something on the page (a proposal) or cancelled. */
export async function startTeach(tabId: number, banner: string): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (text: string) => {
      globalThis.pacerTeach = { banner: text };
    },
    args: [banner],
  });
  return runFile(tabId, '/teach.js');
}

export async function stopTeach(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, func: () => globalThis.pacerTeachStop?.() }).catch(() => undefined);
}

export async function testRuleInTab(tabId: number, rule: SiteRule): Promise<unknown> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (r: SiteRule) => {
      globalThis.pacerRuleTest = r;
    },
    args: [rule],
  });
  return runFile(tabId, '/rule-test.js');
}

export interface ToastSpec {
  text: string;
  tone: 'ok' | 'warn';
  /** With an undo: the button label, the token naming the pending tag, and the done text. */
  undo: { label: string; token: string; doneText: string } | null;
  durationMs: number;
}

/**
 * The confirmation shown on the CRM page when a shortcut fires, injected only at that moment. It renders into a
 * shadow root with textContent only (the page's CSS cannot restyle it, and no page or client text is parsed as
 * HTML), and its Undo button accepts only trusted (real user) clicks. Self-contained (it is serialised into the
 * page): no imports, no closures. Exported for the unit test.
 */
export function renderToast(spec: ToastSpec): void {
  const HOST_ATTR = 'data-pacer-toast';
  for (const old of document.querySelectorAll(`[${HOST_ATTR}]`)) old.remove();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTR, spec.tone);
  host.style.cssText = 'all:initial;position:fixed;z-index:2147483647;right:16px;bottom:16px;';
  // Closed: the page's own scripts cannot read what was tagged for which client (this runs in the isolated world,
  // so a page that patches attachShadow does not see it either).
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `
    .toast { font: 14px/1.4 system-ui, 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif;
      display: flex; gap: 12px; align-items: center; padding: 10px 14px; border-radius: 8px;
      background: #1d2330; color: #fff; box-shadow: 0 4px 16px rgba(0,0,0,.25); max-width: 420px; }
    .toast[data-tone='warn'] { background: #7a4300; }
    .mark { font-weight: 700; }
    button { font: inherit; border: 1px solid rgba(255,255,255,.6); background: transparent; color: inherit;
      border-radius: 6px; padding: 3px 10px; cursor: pointer; }
    button:hover { background: rgba(255,255,255,.12); }`;
  const box = document.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('data-tone', spec.tone);
  const mark = document.createElement('span');
  mark.className = 'mark';
  mark.textContent = 'Pacer';
  const text = document.createElement('span');
  text.setAttribute('data-part', 'text');
  text.textContent = spec.text;
  box.append(mark, text);
  const undo = spec.undo;
  if (undo) {
    const button = document.createElement('button');
    button.type = 'button';
    button.setAttribute('data-part', 'undo');
    button.textContent = undo.label;
    button.addEventListener('click', (event) => {
      if (!event.isTrusted) return; // the host page cannot undo on the RM's behalf
      button.remove();
      text.textContent = undo.doneText;
      const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage(m: unknown): Promise<unknown> } } }).chrome?.runtime;
      const message: Message<'sentiment-undo'> = { type: 'sentiment-undo', token: undo.token };
      void runtime?.sendMessage(message).catch(() => undefined);
    });
    box.append(button);
  }
  root.append(style, box);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), spec.durationMs);
}

/**
 * Shows the toast in a tab's top frame, in the very document the client was read in when its id is known (a tab
 * that navigated meanwhile gets none); false when the page cannot be scripted (not a granted CRM origin, or gone).
 */
export async function showToastInTab(tabId: number, spec: ToastSpec, documentId?: string): Promise<boolean> {
  try {
    await browser.scripting.executeScript({
      target: { tabId, ...(documentId ? { documentIds: [documentId] } : {}) },
      func: renderToast,
      args: [spec],
    });
    return true;
  } catch {
    return false;
  }
}
