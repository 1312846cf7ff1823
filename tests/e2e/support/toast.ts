/**
 * The shortcut's confirmation lives in a closed shadow root on the CRM page, which neither the page's scripts nor
 * Playwright's locators can reach. The test reaches it as the browser's own tools do: CDP's DOM domain, which
 * pierces closed roots. Its button is clicked with the real mouse at its place on screen (a trusted click), or
 * from a script (an untrusted one), to show the difference.
 */
import type { CDPSession, Page } from 'playwright-core';

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  backendNodeId: number;
  attributes?: string[];
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

function* walk(node: DomNode): Generator<DomNode> {
  yield node;
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? [])]) yield* walk(child);
}
const attr = (node: DomNode, name: string) => {
  const a = node.attributes ?? [];
  const i = a.indexOf(name);
  return i >= 0 && i % 2 === 0 ? a[i + 1] : undefined;
};
const text = (node: DomNode): string => [...walk(node)].map((n) => (n.nodeName === '#text' ? (n.nodeValue ?? '') : '')).join('');

async function withCdp<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

/** The toast's part (`text`, `undo`), or null when there is no toast. */
async function part(cdp: CDPSession, name: string): Promise<DomNode | null> {
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = [...walk(root)].find((n) => attr(n, 'data-pacer-toast') !== undefined);
  if (!host) return null;
  return [...walk(host)].find((n) => attr(n, 'data-part') === name) ?? null;
}

export const toast = {
  /** The toast's text, or null. */
  text: (page: Page) => withCdp(page, async (cdp) => ((await part(cdp, 'text')) ? text((await part(cdp, 'text'))!) : null)),
  /** Whether the toast shows an Undo button. */
  hasUndo: (page: Page) => withCdp(page, async (cdp) => (await part(cdp, 'undo')) !== null),
  /** What the page's own scripts see of the toast's shadow root (null when it is closed). */
  openRoot: (page: Page) => page.evaluate(() => document.querySelector('[data-pacer-toast]')?.shadowRoot ?? null),
  /** Undo, pressed by the RM: the real mouse, at the button's place on screen. */
  async clickUndo(page: Page) {
    const box = await withCdp(page, async (cdp) => {
      const undo = await part(cdp, 'undo');
      if (!undo) throw new Error('no Undo button on the page');
      const { model } = (await cdp.send('DOM.getBoxModel', { backendNodeId: undo.backendNodeId })) as { model: { content: number[] } };
      const [x1, y1, , , x3, y3] = model.content as [number, number, number, number, number, number];
      return { x: (x1 + x3) / 2, y: (y1 + y3) / 2 };
    });
    await page.mouse.click(box.x, box.y);
  },
  /** Undo, "pressed" by a script holding the button (as a hostile page would if it could reach it): untrusted. */
  scriptedUndo: (page: Page) =>
    withCdp(page, async (cdp) => {
      const undo = await part(cdp, 'undo');
      if (!undo) throw new Error('no Undo button on the page');
      const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: undo.backendNodeId })) as { object: { objectId: string } };
      await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { this.click(); }' });
    }),
};
