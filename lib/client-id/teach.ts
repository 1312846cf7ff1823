/**
 * "Teach Pacer a screen": the RM clicked the client number on the page; propose a site rule that reads it.
 * A label-based strategy first (it survives layout changes), then a selector-based one; each is kept only
 * if it reads exactly the clicked value on the current page. Pure DOM, no extension APIs.
 */
import { detectClientId, isPlausibleId, readNode } from './detect';
import { normalizeText } from './normalize';
import { MAX_GLOB_STARS, type SiteRule, type Strategy } from './rule-types';

export type Proposal = { ok: true; rule: SiteRule; value: string } | { ok: false; reason: 'not-an-id' | 'not-readable'; text: string };

/** `PB-0077812` → `^[A-Z]{2}-\d{7}$`: the shape of the clicked ID, so a wrong match is rejected. */
export function idPatternFor(value: string): string {
  const classes: [RegExp, string][] = [
    [/\d/, '\\d'],
    [/[A-Z]/, '[A-Z]'],
    [/[a-z]/, '[a-z]'],
  ];
  let out = '';
  let prev = '';
  let run = 0;
  const flush = () => {
    if (prev) out += run > 1 ? `${prev}{${run}}` : prev;
  };
  for (const ch of value) {
    const cls = classes.find(([re]) => re.test(ch))?.[1] ?? ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (cls === prev) run++;
    else {
      flush();
      prev = cls;
      run = 1;
    }
  }
  flush();
  return `^${out}$`;
}

/**
 * The screen's URL as a glob: path segments holding digits (IDs, row numbers) become `*`. Kept within what a rule
 * may hold (MAX_GLOB_STARS stars, 500 characters): cut after its last allowed star, which takes in the rest.
 */
export function urlGlobFor(url: string): string {
  const u = new URL(url);
  const path = u.pathname
    .split('/')
    .map((seg) => (/\d/.test(seg) ? '*' : seg))
    .join('/');
  let glob = `${u.protocol}//${u.host}${path}*`.replace(/\*+/g, '*');
  const stars = glob.split('*');
  if (stars.length - 1 > MAX_GLOB_STARS) glob = `${stars.slice(0, MAX_GLOB_STARS).join('*')}*`;
  return glob.length > 500 ? `${glob.slice(0, 499).replace(/\*$/, '')}*` : glob;
}

function labelTextOf(node: Node | null): string | null {
  return node ? labelFrom(node.textContent ?? '') : null;
}

function labelFrom(raw: string): string | null {
  const text = normalizeText(raw)
    .replace(/[:：]\s*$/, '')
    .trim();
  if (!text || text.length > 30 || isPlausibleId(text)) return null;
  return text;
}

function previousFilled(node: Node): Node | null {
  let n = node.previousSibling;
  while (n && (n.nodeType === 8 || (n.nodeType === 3 && !normalizeText((n as Text).data)))) n = n.previousSibling;
  return n;
}

/** Where a label for the clicked value could be: before it in its cell, the cell before, a column header. */
function labelCandidates(el: Element): string[] {
  const out: string[] = [];
  const push = (s: string | null) => {
    if (s && !out.includes(s)) out.push(s);
  };
  const id = el.getAttribute('id');
  if (id) push(labelTextOf(el.ownerDocument.querySelector(`label[for="${CSS.escape(id)}"]`)));
  for (let node: Element | null = el, depth = 0; node && depth < 3; node = node.parentElement, depth++) {
    const own = normalizeText(node.textContent ?? '');
    const m = /^(.{1,30}?)\s*[:：]/.exec(own);
    if (m?.[1] && depth > 0) push(labelFrom(m[1]));
    push(labelTextOf(previousFilled(node)));
    if (node.localName === 'td' || node.localName === 'th') {
      const cell = node as HTMLTableCellElement;
      const header = cell.closest('table')?.rows[0]?.cells[cell.cellIndex];
      if (header && header !== cell) push(labelTextOf(header));
      break;
    }
  }
  return out;
}

const STABLE_ID = /^[A-Za-z][\w-]*$/;

/** A selector for the element within its own document or shadow root, as robust as the page allows. */
export function selectorFor(el: Element): string {
  const id = el.getAttribute('id');
  if (id && STABLE_ID.test(id) && !/\d{3}/.test(id)) return `#${CSS.escape(id)}`;
  const name = el.getAttribute('name');
  if (name && /^(input|select|textarea)$/.test(el.localName)) return `${el.localName}[name="${name.replace(/"/g, '\\"')}"]`;
  for (const attr of Array.from(el.attributes)) {
    if (attr.name.startsWith('data-') && attr.value && attr.value.length < 40 && !/\d{3}/.test(attr.value)) {
      return `${el.localName}[${attr.name}="${attr.value.replace(/"/g, '\\"')}"]`;
    }
  }
  const parts: string[] = [];
  for (let node: Element | null = el; node && node.localName !== 'html' && node.localName !== 'body'; node = node.parentElement) {
    const nodeId = node.getAttribute('id');
    if (node !== el && nodeId && STABLE_ID.test(nodeId) && !/\d{3}/.test(nodeId)) {
      parts.unshift(`#${CSS.escape(nodeId)}`);
      return parts.join(' > ');
    }
    const parent: Element | null = node.parentElement;
    const same = parent ? Array.from(parent.children).filter((c) => c.localName === node!.localName) : [];
    parts.unshift(same.length > 1 ? `${node.localName}:nth-of-type(${same.indexOf(node) + 1})` : node.localName);
  }
  return parts.join(' > ');
}

/**
 * A rule for the screen at `url` that reads the value shown in `picked`, checked against `doc` (the tab's
 * top document: the picked element may sit in a frame or a shadow root below it).
 */
export function proposeRule(picked: Element, doc: Document, url: string, now = Date.now()): Proposal {
  const value = readNode(picked) ?? '';
  if (!isPlausibleId(value)) return { ok: false, reason: 'not-an-id', text: value.slice(0, 60) };
  const u = new URL(url);
  const base: Omit<SiteRule, 'strategies'> = {
    id: `taught-${now.toString(36)}`,
    name: `${(doc.title || u.host).slice(0, 60)} ${u.pathname}`.slice(0, 100).trim(),
    match: [urlGlobFor(url)],
    idPattern: idPatternFor(value),
  };
  const reads = (strategy: Strategy) => detectClientId(doc, [{ ...base, strategies: [strategy] }])?.clientId === value;
  const strategies: Strategy[] = [];
  const label = labelCandidates(picked)
    .map((l): Strategy => ({ kind: 'label', labels: [l] }))
    .find(reads);
  if (label) strategies.push(label);
  const selector: Strategy = { kind: 'selector', selector: selectorFor(picked) };
  if (reads(selector)) strategies.push(selector);
  if (!strategies.length) return { ok: false, reason: 'not-readable', text: value };
  return { ok: true, rule: { ...base, strategies }, value };
}
