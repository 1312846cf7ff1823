/**
 * Reads the client number on screen. Two ways, never mixed on one page:
 * - a site rule whose URL globs match the page (or one of its frames): its strategies in order, the first
 *   that yields exactly one valid ID wins; when a rule matches but nothing valid is read, the answer is
 *   "no client" (the rule's author said how to read this screen, so no guessing);
 * - otherwise zero-config: the value next to a well-known client-number label, only when exactly one
 *   plausible value is on screen. A list of many clients, or a screen with only account, ID-card or phone
 *   numbers, reads as "no client" — a wrong ID is worse than none.
 * Every strategy reaches into same-origin frames and iframes (any depth) and open shadow roots.
 */
import { CLIENT_LABEL_PREFILTER, NORMALIZED_CLIENT_LABELS } from './labels';
import { hasBidiControl, normalizeLabel, normalizeText, unisolate, withoutBidiControls } from './normalize';
import { type Refusal, ruleMatchesUrl, type SiteRule, type Strategy, type StrategyKind, URL_MATCH_MAX } from './rule-types';

export interface Detection {
  clientId: string;
  /** What found it: the label as shown, the selector, or the URL pattern. */
  via: string;
  /** The site rule's name, or null for zero-config detection. */
  rule: string | null;
  strategy: StrategyKind;
  /** The node the ID was read from (not for URL strategies): lets the watcher spot stale screens. */
  source?: Node;
}

/**
 * The safe shape of a client number: 1–64 letters, digits, `.`, `_`, `-`, starting with a letter or digit (GUIDs
 * included). What a rule or preset that says exactly where to read accepts, unless its idPattern says otherwise.
 */
const SAFE_ID = /^[0-9A-Za-z][0-9A-Za-z._-]{0,63}$/;

export function isSafeId(value: string): boolean {
  return SAFE_ID.test(value);
}

/**
 * Plausible client numbers, for zero-config only (a guess needs more): 4–32 letters/digits (dashes inside) with at
 * least one digit; not a date.
 */
const PLAUSIBLE_ID = /^(?=.*\d)[0-9A-Za-z][0-9A-Za-z-]{3,31}$/;
const DATE_LIKE = /^\d{4}-\d{1,2}-\d{1,2}$/;

export function isPlausibleId(value: string): boolean {
  return PLAUSIBLE_ID.test(value) && !DATE_LIKE.test(value);
}

export type Root = Document | ShadowRoot;

interface Scan {
  /** Documents (this one and same-origin frames) and open shadow roots, in document order. */
  roots: readonly Root[];
  /** Text nodes that passed the prefilter, candidates for a label. */
  texts: Text[];
}

/** The documents on screen: this one and every same-origin frame below it, any depth. */
export function* reachableDocuments(doc: Document): Generator<Document> {
  for (const root of findRoots(doc)) if (root.nodeType === 9) yield root as Document;
}

/** The frame element each same-origin frame's document was found in: what shows it, or hides it. */
const frameOf = new WeakMap<Document, Element>();

function frameDocument(el: Element): Document | null {
  try {
    return (el as HTMLIFrameElement).contentDocument;
  } catch {
    return null; // cross-origin: not ours to read
  }
}

/**
 * Every place text can live: this document, its same-origin frames and the open shadow roots of its web components,
 * any depth. The costly part of a cold read, so the watcher keeps the result until the page's structure changes.
 */
export function findRoots(doc: Document): Root[] {
  const roots: Root[] = [];
  const queue: Root[] = [doc];
  const visit = (n: Element) => {
    if (n.shadowRoot && isComponent(n)) queue.push(n.shadowRoot);
    const tag = n.localName;
    if (tag === 'iframe' || tag === 'frame') {
      const inner = frameDocument(n);
      if (inner) {
        queue.push(inner);
        frameOf.set(inner, n);
      }
    }
  };
  for (let root = queue.shift(); root; root = queue.shift()) {
    roots.push(root);
    const native = root.nodeType === 9 ? componentsAndFrames(root as Document) : null;
    if (native) {
      for (const el of native) visit(el);
      continue;
    }
    // A shadow tree (or a document where there is no XPath): walked, its elements few.
    const start = root.nodeType === 9 ? (root as Document).documentElement : root;
    if (!start) continue;
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(start, 0x1); // SHOW_ELEMENT
    for (let n = walker.nextNode() as Element | null; n; n = walker.nextNode() as Element | null) visit(n);
  }
  return roots;
}

/**
 * Whether an element may hold a shadow root worth reading: a custom element (a name with a hyphen), as every web
 * components framework makes them. A plain `<div>` given a shadow root by a script is not looked into: finding it
 * would mean touching every element of every page from script (componentsAndFrames).
 */
function isComponent(el: Element): boolean {
  return el.localName.includes('-');
}

/**
 * A document's web components and frames, in document order, found by the browser's own queries: a walk from an
 * extension's script makes the browser create a script object for each of the page's elements (an isolated world has
 * its own), about 5 ms for 10,000 elements here, where XPath and the tag lists hand over only the few they find. Null
 * where there is no XPath (happy-dom): the caller walks.
 */
function componentsAndFrames(doc: Document): Element[] | null {
  const top = doc.documentElement;
  if (!top || typeof doc.evaluate !== 'function') return null;
  let found: XPathResult;
  try {
    found = doc.evaluate("descendant::*[contains(local-name(), '-')]", top, null, 7 /* ORDERED_NODE_SNAPSHOT_TYPE */, null);
  } catch {
    return null;
  }
  const els: Element[] = [];
  for (let i = 0; i < found.snapshotLength; i++) els.push(found.snapshotItem(i) as Element);
  const frames = [...Array.from(doc.getElementsByTagName('iframe')), ...Array.from(doc.getElementsByTagName('frame'))];
  if (!frames.length) return els;
  // Few of either: merged in document order (a frame inside a component comes after it).
  return [...els, ...frames].sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

function isAttached(root: Root, top: Document): boolean {
  if (root === top) return true;
  if (root.nodeType === 11) return (root as ShadowRoot).host.isConnected;
  const frame = (root as Document).defaultView?.frameElement;
  return Boolean(frame?.isConnected && (frame as HTMLIFrameElement).contentDocument === root);
}

/** Roots from an earlier read still on screen (a frame or shadow host removed takes its roots along). */
export function attachedRoots(top: Document, roots: readonly Root[]): Root[] {
  return roots.filter((r) => isAttached(r, top));
}

/** How many elements a root holds: counted natively, no script object made for any. */
export function countElements(root: Root): number {
  return root.nodeType === 9 ? (root as Document).getElementsByTagName('*').length : root.querySelectorAll('*').length;
}

/**
 * A text node longer than this holds no label: a label is at most 60 characters once normalised, so this leaves
 * room for a legacy page's indentation. Checked before anything else looks at the text: a page may hold megabytes
 * in one node, and the prefilter and the normaliser would each go through all of it.
 */
const MAX_LABEL_NODE = 1000;
/**
 * Elements whose text is not shown as text (code, style sheets, inert templates, a field's initial value, fallbacks),
 * or is not part of a value beside it: a copy button, an icon.
 */
const NOT_SHOWN = new Set(['script', 'style', 'template', 'textarea', 'noscript', 'button', 'svg']);
const NOT_SHOWN_SELECTOR = [...NOT_SHOWN].join(',');

/**
 * A root's text as the browser hands it over whole (`textContent`: one native call, no script object per node), and
 * where each prefilter hit in it starts, overlapping ones included (so a node's own hit is never hidden inside a
 * longer one); hits null beyond CONTENT_SEARCH_HITS.
 */
interface RootText {
  text: string;
  hits: number[] | null;
}

/** Beyond this many hits in one root the search does not pay: the walk. */
const CONTENT_SEARCH_HITS = 1000;

function rootText(root: Root, global: RegExp): RootText {
  const text = textStart(root)?.textContent ?? '';
  const hits: number[] = [];
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (hits.push(m.index) > CONTENT_SEARCH_HITS) return { text, hits: null };
    global.lastIndex = m.index + 1;
  }
  return { text, hits };
}

/** Text nodes (light DOM of each root) that `prefilter` accepts. */
export function findTexts(roots: readonly Root[], prefilter: RegExp): Text[] {
  // With the `g` flag, for rootText to step through every hit (V8 caches the compiled expression by its source).
  const global = new RegExp(prefilter.source, `${prefilter.flags.replace('g', '')}g`);
  const nodes: Text[] = [];
  for (const root of roots) {
    const start = textStart(root);
    if (!start) continue;
    const found = textsByContent(root, start, global);
    if (found) {
      for (const n of found) if (isLabelText(n, prefilter)) nodes.push(n);
      continue;
    }
    const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(start, 0x4); // SHOW_TEXT
    for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) if (isLabelText(n, prefilter)) nodes.push(n);
  }
  return nodes;
}

/** Could hold a label: short, accepted by the prefilter, shown as text. Where the text sits is asked last. */
function isLabelText(n: Text, prefilter: RegExp): boolean {
  const data = n.data;
  return data.length <= MAX_LABEL_NODE && prefilter.test(data) && !n.parentElement?.closest(NOT_SHOWN_SELECTOR);
}

/** Below this many elements a root's text is walked: few nodes, few script objects. */
const CONTENT_SEARCH_ELEMENTS = 1000;
/** Beyond these, the walk: the search would copy a huge text once per level, or follow a tree too deep. */
const CONTENT_SEARCH_CHARS = 1_000_000;
const CONTENT_SEARCH_DEPTH = 256;

/**
 * The text nodes of a large root that hold a prefilter hit, found from the root's whole text (rootText) rather than by
 * walking every text node from script: each hit's offset is followed down through the children whose text spans it,
 * so only the nodes on the way to a hit are touched. A hit that straddles two nodes leads to the first, which the
 * caller's own test then rejects, as the walk would. Null when the walk is the better way (a small root, a huge
 * text, hits everywhere, a tree too deep).
 */
function textsByContent(root: Root, start: Node, global: RegExp): Text[] | null {
  if (countElements(root) < CONTENT_SEARCH_ELEMENTS) return null;
  const { text, hits } = rootText(root, global);
  if (!hits || text.length > CONTENT_SEARCH_CHARS) return null;
  const nodes: Text[] = [];
  return descend(start, 0, hits, 0, hits.length, nodes, 0) ? nodes : null;
}

/** Pushes the text nodes of `node` (its text starting at `offset`) holding hits[lo..hi); false: too deep. */
function descend(node: Node, offset: number, hits: readonly number[], lo: number, hi: number, out: Text[], depth: number): boolean {
  if (depth > CONTENT_SEARCH_DEPTH) return false;
  let at = offset;
  let i = lo;
  for (let c = node.firstChild; c && i < hi; c = c.nextSibling) {
    const type = c.nodeType;
    // textContent is the concatenation of the text and CDATA nodes below; comments and the like add nothing.
    if (type !== 1 && type !== 3 && type !== 4) continue;
    const end = at + (type === 1 ? (c.textContent ?? '').length : (c as CharacterData).data.length);
    let j = i;
    while (j < hi && hits[j]! < end) j++;
    if (j > i) {
      if (type === 1) {
        if (!descend(c, at, hits, i, j, out, depth + 1)) return false;
      } else if (type === 3) {
        out.push(c as Text); // CDATA (foreign content) is not walked either
      }
    }
    i = j;
    at = end;
  }
  return true;
}

/** Where a root's text starts: a document's body (as the walk does), or the shadow root itself. */
function textStart(root: Root): Node | null {
  return root.nodeType === 9 ? ((root as Document).body ?? (root as Document).documentElement) : root;
}

export function scan(doc: Document, prefilter: RegExp | null, known?: readonly Root[]): Scan {
  const roots = known ?? findRoots(doc);
  return { roots, texts: prefilter ? findTexts(roots, prefilter) : [] };
}

const FIELD = /^(input|textarea|select)$/;

/**
 * What an element shows: a form field's value, or its text when short. With `shown`, text in a hidden part of
 * the element does not count (`8800012345<span hidden>-old</span>` shows 8800012345).
 */
export function readNode(node: Node, shown = false): string | null {
  if (node.nodeType === 3) return short((node as Text).data);
  if (node.nodeType !== 1) return null;
  const el = node as Element;
  if (FIELD.test(el.localName) && isHtml(el)) {
    if ((el as HTMLInputElement).type === 'hidden') return null;
    return short((el as HTMLInputElement).value ?? '');
  }
  const nodes = shortTexts(el, 80, shown);
  if (nodes === null) return null;
  const text = nodes.map((n) => n.data).join('');
  const fields = el.querySelectorAll('input, textarea, select');
  if (fields.length === 1 && !normalizeText(text)) return readNode(fields[0]!, shown);
  return unisolate(normalizeText(text));
}

/** A value is at most 64 characters: a longer raw text (room left for padding) is not normalised to find out. */
const MAX_VALUE_RAW = 256;

function short(raw: string): string | null {
  return raw.length > MAX_VALUE_RAW ? null : unisolate(normalizeText(raw));
}

/**
 * `el`'s text nodes (none inside script, style and the like), or null when their text is longer than `max` (or
 * spread over more nodes than such a text could be); with `shown`, none inside a hidden element.
 */
function shortTexts(el: Element, max: number, shown: boolean): Text[] | null {
  const texts: Text[] = [];
  let length = 0;
  let nodes = 0;
  let n: Node | null = inside(el);
  while (n) {
    if (++nodes > 4 * max) return null;
    if (n.nodeType === 3) {
      texts.push(n as Text);
      length += (n as Text).data.length;
      if (length > max) return null;
    } else if (n.nodeType === 1 && !NOT_SHOWN.has((n as Element).localName) && !(shown && !isVisible(n))) {
      const first = inside(n as Element);
      if (first) {
        n = first;
        continue;
      }
    }
    while (!n.nextSibling) {
      let parent: Node | null = n.parentNode;
      // Out of a shadow tree, back to its host.
      if (parent?.nodeType === 11) parent = (parent as ShadowRoot).host;
      if (!parent || parent === el) return texts;
      n = parent;
    }
    n = n.nextSibling;
  }
  return texts;
}

/**
 * Where an element's content starts in the composed tree: its first child, or, for a component that has no children
 * of its own (a web component rendering its value), its open shadow tree's. Slotted children are its own children.
 */
function inside(el: Element): Node | null {
  return el.firstChild ?? el.shadowRoot?.firstChild ?? null;
}

/** What can make a line show its characters in another order: a bidi control, or a right-to-left letter or digit
 * (Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms; the supplementary RTL blocks). */
const REORDERS =
  /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]|[\uD802\uD803\uD83A\uD83B][\uDC00-\uDFFF]/;

/**
 * Whether the RM sees the characters of a value in the order they are read. Bidi controls inside the value are
 * refused before this (normalize.ts); what remains is what surrounds it:
 * - nothing inside the value nor on the way up to its block (the paragraph it is shown in) is set right to left:
 *   computed `direction` (inherited, so it covers `dir="rtl"`, `<bdo dir="rtl">` and a right-to-left
 *   `unicode-bidi: bidi-override` around it) is `ltr`. Pacer's CRMs are written left to right, and in a
 *   right-to-left paragraph 12-AB is shown AB-12;
 * - if the paragraph holds a bidi control or a right-to-left character (or is too long to tell), which could
 *   reorder the value from anywhere before it on the line (an RLO left open in a name; a stray ALM shows 12-34 as
 *   34-12), the browser's layout decides: the value's characters must be laid out left to right, line after line.
 *   Only then, since asking for boxes makes the browser lay out a page the CRM may just have changed. Where there
 *   is no layout (happy-dom: no boxes), the check passes.
 * A field's value is its own paragraph, so its direction is all that matters there.
 */
function shownInOrder(source: Node): boolean {
  const el = source.nodeType === 1 ? (source as Element) : source.parentElement;
  if (!el) return false;
  let block: Element = el;
  for (let e: Element | null = el, depth = 0; e && depth < 32; e = e.parentElement, depth++) {
    const style = styleOf(e);
    if (style?.direction === 'rtl') return false;
    block = e;
    // The first box that is not inline holds the paragraph (an inline-block holds its own).
    if (!/^(inline|contents|)$/.test(style?.display ?? '')) break;
  }
  if (FIELD.test(el.localName)) return true;
  // …nor anything inside the value.
  const texts = source.nodeType === 3 ? [source as Text] : shortTexts(el, 80, true);
  if (!texts || texts.some((t) => t.parentElement !== el && t.parentElement && styleOf(t.parentElement)?.direction === 'rtl')) return false;
  const line = shortTexts(block, 4096, false);
  if (line && !REORDERS.test(line.map((n) => n.data).join(''))) return true;
  return laidOutInOrder(texts, el.ownerDocument);
}

function laidOutInOrder(texts: readonly Text[], doc: Document): boolean {
  const range = doc.createRange();
  let prev: DOMRect | null = null;
  for (const text of texts) {
    const data = text.data;
    for (let i = 0; i < data.length && i < MAX_LABEL_NODE; i++) {
      if (/\s/.test(data[i]!)) continue;
      range.setStart(text, i);
      range.setEnd(text, i + 1);
      const box = range.getBoundingClientRect();
      if (!box.width) continue; // a zero-width character, or no layout at all
      if (prev) {
        const sameLine = box.top < prev.bottom && box.bottom > prev.top;
        if (sameLine ? box.left < prev.left - 0.5 : box.top < prev.top) return false;
      }
      prev = box;
    }
  }
  return true;
}

/** Shown on screen: not `display: none`, `visibility: hidden` or `opacity: 0` (itself or an ancestor). */
const ON_SCREEN: CheckVisibilityOptions = { visibilityProperty: true, opacityProperty: true, checkVisibilityCSS: true, checkOpacity: true };

/**
 * On screen, in its own tree and in every tree that holds it: a hidden frame or shadow host hides what is in it, and
 * checkVisibility does not look past a frame's document (nor, in happy-dom, past a shadow root).
 */
function isVisible(node: Node, depth = 0): boolean {
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (!el || depth > 32 || !visibleInTree(el)) return false;
  const root = el.getRootNode();
  const holder = root.nodeType === 11 ? (root as ShadowRoot).host : frameOf.get(root as Document);
  return !holder || isVisible(holder, depth + 1);
}

function visibleInTree(el: Element): boolean {
  // The option names of Chromium 121+ and their older aliases (105–120 ignore the new ones).
  if (typeof el.checkVisibility === 'function') return el.checkVisibility(ON_SCREEN);
  // Without the API: the same three properties, from the computed style of the element and its ancestors.
  if (/^(hidden|collapse)$/.test(styleOf(el)?.visibility ?? '')) return false;
  let depth = 0;
  for (let e: Element | null = el; e && depth < 512; e = e.parentElement, depth++) {
    const style = styleOf(e);
    if (style && (style.display === 'none' || style.opacity === '0')) return false;
  }
  return true;
}

function styleOf(el: Element): CSSStyleDeclaration | null {
  // A document made with createHTMLDocument has no window of its own; the page's computes its styles.
  const view = el.ownerDocument.defaultView ?? (typeof getComputedStyle === 'function' ? globalThis : null);
  return view ? view.getComputedStyle(el) : null;
}

function isBlank(node: Node): boolean {
  return node.nodeType === 8 || (node.nodeType === 3 && (node as Text).data.length <= MAX_VALUE_RAW && !normalizeText((node as Text).data));
}

/** The next sibling with something in it; after a hundred blank ones, nothing is beside the label. */
function nextFilled(node: Node): Node | null {
  let n = node.nextSibling;
  for (let i = 0; n && isBlank(n); i++) n = i < 100 ? n.nextSibling : null;
  return n;
}

type Found = { value: string; source: Node } | 'many' | null;

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** An HTML element: an SVG or MathML one of the same name has none of the HTML properties read here. */
function isHtml(el: Element | null): boolean {
  return el?.namespaceURI === HTML_NS;
}

/** A header cell over a column: one row below is one client's card, several rows are a list. */
function columnValue(th: HTMLTableCellElement): Found {
  const row = th.parentElement as HTMLTableRowElement | null;
  const table = th.closest('table');
  if (!isHtml(th) || !isHtml(row) || !isHtml(table) || !row || !table) return null;
  const index = th.cellIndex;
  const rows = table.rows;
  let cell: HTMLTableCellElement | undefined;
  // Stops at the second row: a list of a million rows costs what a list of two does.
  for (let i = row.rowIndex + 1; i < rows.length; i++) {
    const below = rows[i]!.cells[index];
    if (!below) continue;
    if (cell) return 'many';
    cell = below;
  }
  const value = cell ? readNode(cell, true) : null;
  return cell && value ? { value, source: cell } : null;
}

/** The parent in the composed tree: at the top of a shadow tree, its host (a label and its value may sit in two). */
function up(n: Node): Element | null {
  return n.parentElement ?? (n.parentNode as ShadowRoot | null)?.host ?? null;
}

/** The value shown beside a label text node that holds the label alone. */
function valueBeside(label: Text, labelText: string): Found {
  const inline = nextFilled(label);
  if (inline) {
    const value = readNode(inline, true);
    return value ? { value, source: inline } : null;
  }
  let el = up(label);
  for (let depth = 0; el && depth < 6; depth++) {
    if (el.localName === 'label') {
      const id = el.getAttribute('for');
      const field = id ? el.ownerDocument.getElementById(id) : el.querySelector('input, textarea, select');
      if (field) {
        const value = readNode(field, true);
        return value ? { value, source: field } : null;
      }
    }
    const next = nextFilled(el);
    if (next) {
      if (el.localName === 'th' && next.nodeType === 1 && (next as Element).localName === 'th') {
        return columnValue(el as HTMLTableCellElement);
      }
      const value = readNode(next, true);
      return value ? { value, source: next } : null;
    }
    // Climb only through wrappers that hold nothing but the label (<td><b>客户号</b></td>), out of a shadow tree too.
    const parent = up(el);
    const around = parent ? shortTexts(parent, MAX_VALUE_RAW, false) : null;
    if (around === null || normalizeText(around.map((n) => n.data).join('')).length > labelText.length + 2) return null;
    el = parent;
  }
  return null;
}

/**
 * A label split over several inline elements, as its first piece's text node: the label as the nearest element of two
 * above shows it, and that element's last text node (the value is looked for after it), or null.
 */
function splitLabel(node: Text, labels: ReadonlySet<string>): [string, Text] | null {
  let el = node.parentElement;
  for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
    const texts = shortTexts(el, 60, false);
    if (!texts || texts.length < 2) continue;
    const whole = normalizeText(texts.map((n) => n.data).join(''));
    if (labels.has(normalizeLabel(whole))) return [whole.replace(/[:：]\s*$/, ''), texts[texts.length - 1]!];
  }
  return null;
}

/**
 * Every value shown beside one of `labels` (normalised), or 'many' when a label heads a column of
 * several rows (a list of clients).
 */
export function labelValues(
  texts: Text[],
  labels: ReadonlySet<string>,
  accept: (v: string) => boolean,
  refused?: (value: string, order?: boolean) => void,
): { found: Map<string, { label: string; source: Node }>; many: boolean } {
  const found = new Map<string, { label: string; source: Node }>();
  let many = false;
  for (const node of texts) {
    const text = normalizeText(node.data);
    if (!text || text.length > 60) continue;
    const colon = text.search(/[:：]/);
    let head = colon < 0 ? text : text.slice(0, colon);
    let tail = colon < 0 ? '' : unisolate(text.slice(colon + 1).trim());
    let at: Text = node;
    if (colon < 0 && !labels.has(normalizeLabel(head))) {
      // "客户号 8800012345" without a colon (bidi controls taken in, to be refused below rather than overlooked).
      const m = /^(.*\S)\s+([0-9A-Za-z\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069-]+)$/.exec(text);
      // A label split over inline elements (<b>客户</b><b>号</b>): the element (or its parent) that shows it whole.
      const whole = m ? null : splitLabel(node, labels);
      if (whole) {
        [head, at] = whole;
      } else {
        if (!m) continue;
        head = m[1]!;
        tail = unisolate(m[2]!);
      }
    }
    if (!labels.has(normalizeLabel(head))) continue;
    const got: Found = tail ? { value: tail, source: node } : valueBeside(at, at === node ? text : head);
    if (got === 'many') {
      many = true;
      continue;
    }
    if (!got) continue;
    // A value the RM may see in another order is refused, and the screen is ambiguous: another value beside
    // another label must not win because this one was left out.
    if (hasBidiControl(got.value)) {
      const bare = withoutBidiControls(got.value);
      if (accept(bare) && isVisible(got.source)) {
        many = true;
        refused?.(bare, true);
      }
      continue;
    }
    if (!accept(got.value)) {
      if (refused && isVisible(got.source)) refused(got.value);
      continue;
    }
    if (!isVisible(got.source)) continue;
    if (!shownInOrder(got.source)) {
      many = true;
      refused?.(got.value, true);
      continue;
    }
    if (!found.has(got.value)) found.set(got.value, { label: head.trim(), source: got.source });
  }
  return { found, many };
}

/** Zero-config: exactly one plausible value beside one of `labels` (normalised), and no list of clients. */
function detectByHeuristic(texts: Text[], labels: ReadonlySet<string>): Detection | null {
  const { found, many } = labelValues(texts, labels, isPlausibleId);
  if (many || found.size !== 1) return null;
  const [clientId, { label, source }] = [...found][0]!;
  return { clientId, via: label, rule: null, strategy: 'heuristic', source };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rules' patterns compiled once, not on every read; null for one that does not compile. */
const compiled = new Map<string, RegExp | null>();

function regex(source: string): RegExp | null {
  let re = compiled.get(source);
  if (re === undefined) {
    try {
      re = new RegExp(source);
    } catch {
      re = null;
    }
    if (compiled.size >= 500) compiled.clear();
    compiled.set(source, re);
  }
  return re;
}

/** Why a rule refuses a value ('shape', 'pattern'), or null: it accepts it. */
type Check = (v: string) => 'shape' | 'pattern' | null;

/**
 * A rule says where to read, so any value of the safe shape is its answer unless its idPattern says otherwise (a
 * two-digit record id, a GUID); the plausibility check is zero-config's own.
 */
function validator(rule: SiteRule): Check {
  const re = rule.idPattern ? regex(rule.idPattern) : null;
  // A broken pattern accepts nothing rather than everything (rules are checked where they arrive: rules.ts).
  if (rule.idPattern && !re) return () => 'pattern';
  return (v) => (!SAFE_ID.test(v) ? 'shape' : re && !re.test(v) ? 'pattern' : null);
}

/** What a refused value is kept as (a page may show anything beside a label). */
const clip = (v: string) => v.slice(0, 64);

function runStrategy(
  strategy: Strategy,
  urls: () => string[],
  check: Check,
  getScan: (labels: RegExp | null) => Scan,
  refuse: (r: Omit<Refusal, 'rule' | 'strategy'>) => void,
): { value: string; source?: Node; via: string } | null {
  const valid = (v: string) => !check(v);
  const refused = (value: string, order?: boolean) => refuse({ value: clip(value), reason: order ? 'order' : (check(value) ?? 'order') });
  /** Two different values where one was expected. */
  const several = (values: Map<string, unknown>) => {
    const [a, b] = values.keys();
    refuse({ value: clip(a!), other: clip(b!), reason: 'several' });
  };
  switch (strategy.kind) {
    case 'url': {
      const re = regex(strategy.pattern);
      if (!re) return null;
      for (const url of urls()) {
        const m = re.exec(url);
        const value = m?.[1] ? normalizeText(decodeURIComponentSafe(m[1])) : '';
        if (value && valid(value)) return { value, via: strategy.pattern };
        if (value) refused(value);
      }
      return null;
    }
    case 'selector': {
      const values = new Map<string, Node>();
      for (const root of getScan(null).roots) {
        let els: NodeListOf<Element>;
        try {
          els = root.querySelectorAll(strategy.selector);
        } catch {
          return null; // an invalid selector reads nothing
        }
        for (const el of Array.from(els)) {
          const value = strategy.attribute ? short(el.getAttribute(strategy.attribute) ?? '') : readNode(el);
          if (!value) continue;
          // Shown in another order than read (normalize.ts, shownInOrder): a guess, so nothing. An attribute is not shown.
          if (hasBidiControl(value)) {
            if (valid(withoutBidiControls(value))) {
              refused(withoutBidiControls(value), true);
              return null;
            }
            continue;
          }
          if (!valid(value)) {
            refused(value);
            continue;
          }
          if (values.has(value)) continue;
          if (!strategy.attribute && !shownInOrder(el)) {
            refused(value, true);
            return null;
          }
          values.set(value, el);
          if (values.size > 1) {
            // Several different IDs: no need to read the thousand others.
            several(values);
            return null;
          }
        }
      }
      if (values.size !== 1) return null;
      const [value, source] = [...values][0]!;
      return { value, source, via: strategy.selector };
    }
    case 'label': {
      const labels = new Set(strategy.labels.map(normalizeLabel).filter(Boolean));
      if (!labels.size) return null;
      const pre = new RegExp(strategy.labels.map((l) => escapeRegExp(l.trim().slice(0, 2))).join('|'), 'i');
      const { found, many } = labelValues(getScan(pre).texts, labels, valid, refused);
      if (found.size > 1) several(found);
      if (many || found.size !== 1) return null;
      const [value, { label, source }] = [...found][0]!;
      return { value, source, via: label };
    }
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Reads the client with the first rule matching the page (or a frame), else zero-config. */
export interface DetectOptions {
  /** Roots from an earlier read of an unchanged page structure (skips the walk over all elements). */
  roots?: readonly Root[];
  /** Told the roots this read used, so the caller can keep them and observe them. */
  onRoots?: (roots: readonly Root[]) => void;
  /**
   * Told, when the rule that describes the page reads no client, what its strategies found and refused first, and
   * why: "test this rule" and the panel say it.
   */
  onRefused?: (refusal: Refusal) => void;
}

/** detectClientId with the zero-config labels the page script was sent (it does not carry the list itself). */
export function readClientId(
  doc: Document,
  rules: readonly SiteRule[],
  labels: ReadonlySet<string>,
  opts: DetectOptions = {},
): Detection | null {
  let roots = opts.roots;
  const getRoots = () => {
    if (!roots) {
      roots = findRoots(doc);
      opts.onRoots?.(roots);
    }
    return roots;
  };
  const getScan = (pre: RegExp | null): Scan => scan(doc, pre, getRoots());
  if (rules.length) {
    // Addresses as rules see them: their first URL_MATCH_MAX characters (docs/site-rules.md).
    const topUrl = (doc.defaultView?.location.href ?? doc.URL).slice(0, URL_MATCH_MAX);
    let frameUrls: string[] | null = null;
    // The tab's URL first, then each frame's.
    const urls = () =>
      (frameUrls ??= [
        topUrl,
        ...getScan(null)
          .roots.filter((r): r is Document => r.nodeType === 9 && r !== doc)
          .map((d) => d.URL.slice(0, URL_MATCH_MAX)),
      ]);
    for (const rule of rules) {
      if (!ruleMatchesUrl(rule, topUrl) && !urls().some((u) => ruleMatchesUrl(rule, u))) continue;
      const check = validator(rule);
      let refusal: Refusal | null = null;
      try {
        for (const strategy of rule.strategies) {
          const refuse = (r: Omit<Refusal, 'rule' | 'strategy'>) => {
            refusal ??= { ...r, rule: rule.name, strategy: strategy.kind, ...(rule.idPattern ? { pattern: rule.idPattern } : {}) };
          };
          const got = runStrategy(strategy, urls, check, getScan, refuse);
          if (got) return { clientId: got.value, via: got.via, rule: rule.name, strategy: strategy.kind, source: got.source };
        }
      } catch {
        // The page broke this rule's read: the rule still describes the page, so no client rather than a guess.
      }
      if (refusal) opts.onRefused?.(refusal);
      return null;
    }
  }
  try {
    return detectByHeuristic(getScan(CLIENT_LABEL_PREFILTER).texts, labels);
  } catch {
    return null;
  }
}

export function detectClientId(doc: Document, rules: readonly SiteRule[] = [], opts: DetectOptions = {}): Detection | null {
  return readClientId(doc, rules, NORMALIZED_CLIENT_LABELS, opts);
}
