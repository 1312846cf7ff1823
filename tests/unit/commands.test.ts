/** The shortcut's rules and the confirmation injected into the CRM page. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isSentimentCommand, SENTIMENT_COMMANDS, shortcutSettingsUrl, undoAllowed } from '@/lib/commands';
import { isOwnExtensionPage, parseMessage } from '@/lib/messages';
import { renderToast } from '@/platform/page-scripts';

const own = 'abcdefghijklmnopabcdefghijklmnop';
const base = `chrome-extension://${own}/`;

describe('commands', () => {
  it('maps the three commands to the three sentiments, and nothing else', () => {
    expect(SENTIMENT_COMMANDS).toEqual({ 'tag-resistant': 'resistant', 'tag-neutral': 'neutral', 'tag-positive': 'positive' });
    expect(isSentimentCommand('tag-neutral')).toBe(true);
    expect(isSentimentCommand('_execute_action')).toBe(false);
    expect(isSentimentCommand('toString')).toBe(false);
  });

  it.each([
    [{ id: own, url: `${base}options.html` }, true],
    [{ id: own, url: `${base}popup.html` }, true],
    [{ id: own, url: 'http://127.0.0.1:8808/crm/client?cust=1' }, false], // our content script, in a CRM page
    [{ id: 'other', url: `chrome-extension://other/options.html` }, false],
    [{ id: own, url: undefined }, false],
  ])('sender %j is one of our pages: %s', (sender, expected) => {
    expect(isOwnExtensionPage(sender, own, base)).toBe(expected);
  });

  it('links to the right browser’s shortcut page', () => {
    expect(shortcutSettingsUrl('Mozilla/5.0 … Chrome/130.0.0.0 Safari/537.36')).toBe('chrome://extensions/shortcuts');
    expect(shortcutSettingsUrl('Mozilla/5.0 … Chrome/130.0.0.0 Safari/537.36 Edg/130.0.0.0')).toBe('edge://extensions/shortcuts');
  });

  it('undo only from the tagged tab, within the window', () => {
    const pending = { seq: 4, tabId: 7, expires: 1_000 };
    expect(undoAllowed(pending, 7, 999)).toBe(true);
    expect(undoAllowed(pending, 8, 999)).toBe(false);
    expect(undoAllowed(pending, 7, 1_001)).toBe(false);
    expect(undoAllowed(null, 7, 0)).toBe(false);
  });

  it('messages are parsed strictly', () => {
    expect(parseMessage({ type: 'run-command', command: 'tag-positive', tabId: 3 })).toEqual({
      type: 'run-command',
      command: 'tag-positive',
      tabId: 3,
    });
    expect(parseMessage({ type: 'run-command', command: 'rm -rf', tabId: 3 })).toBeNull();
    expect(parseMessage({ type: 'sentiment-undo', token: '<img src=x>' })).toBeNull();
    expect(parseMessage({ type: 'sentiment-undo', token: '123e4567-e89b-12d3-a456-426614174000' })).not.toBeNull();
  });
});

describe('the toast on the CRM page', () => {
  // The toast's shadow root is closed (the page cannot read it): the test keeps the roots as they are made.
  const roots = new Map<Element, ShadowRoot>();
  const attach = Element.prototype.attachShadow;
  beforeEach(() => {
    vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init: ShadowRootInit) {
      const root = attach.call(this, init);
      roots.set(this, root);
      return root;
    });
  });
  afterEach(() => {
    for (const toast of document.documentElement.querySelectorAll('[data-pacer-toast]')) toast.remove();
    roots.clear();
    vi.restoreAllMocks();
    vi.unstubAllGlobals();
  });
  const rootOf = () => roots.get(document.querySelector('[data-pacer-toast]')!)!;
  const spec = (text: string) => ({
    text,
    tone: 'ok' as const,
    undo: { label: '撤销', token: 't-1', doneText: '已撤销' },
    durationMs: 8_000,
  });

  it('shows text as text, never as HTML, inside its own closed shadow root; a second toast replaces the first', () => {
    renderToast(spec('<img src=x onerror=alert(1)> 客户'));
    renderToast(spec('已将客户 8800000001 标记为“积极”'));
    const hosts = document.querySelectorAll('[data-pacer-toast]');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.shadowRoot).toBeNull(); // what the page's scripts see
    expect(rootOf().querySelector('[data-part="text"]')!.textContent).toBe('已将客户 8800000001 标记为“积极”');
    renderToast(spec('<img src=x onerror=alert(1)>'));
    const text = rootOf().querySelector('[data-part="text"]')!;
    expect(text.textContent).toBe('<img src=x onerror=alert(1)>');
    expect(text.querySelector('img')).toBeNull();
  });

  it('Undo sends the token only on a trusted click', () => {
    const sendMessage = vi.fn(() => Promise.resolve());
    vi.stubGlobal('chrome', { runtime: { sendMessage } });
    renderToast(spec('x'));
    const root = rootOf();
    const button = root.querySelector('[data-part="undo"]') as HTMLButtonElement;
    button.click(); // a script's click: isTrusted is false
    expect(sendMessage).not.toHaveBeenCalled();
    expect(root.querySelector('[data-part="undo"]')).not.toBeNull();
  });

  it('without undo there is no button', () => {
    renderToast({ text: 'none', tone: 'warn', undo: null, durationMs: 10 });
    expect(rootOf().querySelector('button')).toBeNull();
  });
});
