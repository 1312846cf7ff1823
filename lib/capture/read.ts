/**
 * Field capture, on the CRM page: the client's name, gender, birth date or age, account-opening date and assets as
 * the screen shows them, beside well-known labels (./labels.ts) or where the page's site rule says (`fields`). It
 * runs only when the side panel asks, on an origin where the RM switched it on (docs/site-rules.md, "Field capture"),
 * injected as its own script (entrypoints/capture.ts): the page script that reads the client number never carries it.
 *
 * It reads as the client number is read (lib/client-id/detect.ts: the same pairing of a label and the value beside
 * it, in the composed tree, across same-origin frames and open shadow roots, only what the RM can see), and it
 * returns text only: the side panel parses it (lib/capture/offers.ts). The page may be hostile, so the read is
 * bounded: a page of more than `maxNodes` nodes is not read at all, a value is at most 64 characters, and it stops
 * at its deadline. A value that is or holds an ID-card or phone number never leaves this function, and a label
 * naming one is never read.
 */
import { findRoots, labelValues, type Root, readNode, scan } from '../client-id/detect';
import { normalizeLabel, normalizeText } from '../client-id/normalize';
import { type RuleField, ruleMatchesUrl, type SiteRule, URL_MATCH_MAX } from '../client-id/rule-types';
import { CAPTURE_FIELDS, CAPTURE_LABELS, type CaptureField, isNeverOffered, isSensitiveLabel, labelPrefilter } from './labels';

/** One value as the page shows it, and where it was read. */
export interface CapturedText {
  field: CaptureField;
  /** As shown, normalised (full-width forms folded), at most 64 characters. */
  text: string;
  /** The label it was read beside, as shown; null when read with a rule's selector. */
  label: string | null;
  /** The rule's selector it was read with; null when read beside a label. */
  selector: string | null;
  /** The site rule that named the field; null for a well-known label. */
  rule: string | null;
}

export interface CaptureOutcome {
  values: CapturedText[];
  /** Why the read stopped before the end: a page too big to read, or the deadline. */
  stopped?: 'nodes' | 'time';
}

export interface CaptureOptions {
  /** The site rules for this page's origin (the first that matches describes the page, as for the client number). */
  rules?: readonly SiteRule[];
  /** A page with more nodes than this (elements and text, frames and shadow roots included) is not read. */
  maxNodes?: number;
  /** Milliseconds the read may take; what is not read by then is left out. */
  timeMs?: number;
  now?: () => number;
}

export const MAX_CAPTURE_NODES = 60_000;
export const CAPTURE_TIME_MS = 250;
const MAX_VALUE = 64;

/** What each field's value must look like on the page; the side panel parses it properly. */
const SHAPE: Record<CaptureField, RegExp> = {
  // Letters (any script), marks, the middle dot of transliterated names, spaces, apostrophes: no digit, ever.
  name: /^[\p{L}\p{M}][\p{L}\p{M}·・.'’ -]{0,59}$/u,
  gender: /^[\p{L}]{1,8}$/u,
  birthDate: /^[\d年月日号/.:\- ()岁周T]{6,40}$/,
  age: /^\d{1,3} ?(岁|周岁)?$/,
  openedOn: /^[\d年月日号/.:\- ()T]{6,40}$/,
  assets: /^[\d,，.\s¥￥元万萬亿億千人民币RMBCNYrmbcny+-]{1,40}$/,
};

function accepts(field: CaptureField, text: string): boolean {
  return text.length <= MAX_VALUE && SHAPE[field].test(text) && !isNeverOffered(text);
}

/** Counts the page's nodes, its same-origin frames and open shadow roots included, up to `max`: false beyond. */
function withinNodes(doc: Document, max: number): boolean {
  let count = 0;
  const queue: Node[] = [doc];
  while (queue.length) {
    const start = queue.pop()!;
    const owner = start.nodeType === 9 ? (start as Document) : start.ownerDocument;
    if (!owner) continue;
    const walker = owner.createTreeWalker(start, 0x1 | 0x4); // elements and text
    for (let n: Node | null = walker.currentNode; n; n = walker.nextNode()) {
      if (++count > max) return false;
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      if (el.shadowRoot) queue.push(el.shadowRoot);
      if (el.localName === 'iframe' || el.localName === 'frame') {
        try {
          const inner = (el as HTMLIFrameElement).contentDocument;
          if (inner) queue.push(inner);
        } catch {
          // cross-origin: not read
        }
      }
    }
  }
  return true;
}

/** The rule that describes this page: the first whose address patterns match the page or one of its frames. */
function pageRule(doc: Document, roots: readonly Root[], rules: readonly SiteRule[]): SiteRule | null {
  const urls = [
    (doc.defaultView?.location.href ?? doc.URL).slice(0, URL_MATCH_MAX),
    ...roots.filter((r): r is Document => r.nodeType === 9 && r !== doc).map((d) => d.URL.slice(0, URL_MATCH_MAX)),
  ];
  return rules.find((r) => urls.some((u) => ruleMatchesUrl(r, u))) ?? null;
}

/** The one value a rule's selector finds (several different values: none, it would be a guess). */
function bySelector(roots: readonly Root[], spec: RuleField): string | null {
  const values = new Set<string>();
  for (const root of roots) {
    let els: Element[];
    try {
      els = Array.from(root.querySelectorAll(spec.selector!)).slice(0, 50);
    } catch {
      return null; // an invalid selector reads nothing
    }
    for (const el of els) {
      const raw = spec.attribute ? el.getAttribute(spec.attribute) : null;
      const value = spec.attribute ? (raw && raw.length <= 256 ? normalizeText(raw) : null) : readNode(el, true);
      if (!value) continue;
      values.add(value);
      if (values.size > 1) return null;
    }
  }
  return values.size === 1 ? [...values][0]! : null;
}

/** The one value beside these labels that `accept` takes, and the label as shown; several different: none. */
function byLabels(texts: Text[], labels: ReadonlySet<string>, accept: (v: string) => boolean): { value: string; label: string } | null {
  if (!labels.size) return null;
  const { found, many } = labelValues(texts, labels, accept);
  if (many || found.size !== 1) return null;
  const [value, { label }] = [...found][0]!;
  return { value, label };
}

/** Reads the client's fields on `doc` (see the file's comment). */
export function captureFields(doc: Document, opts: CaptureOptions = {}): CaptureOutcome {
  const now = opts.now ?? (() => performance.now());
  const deadline = now() + (opts.timeMs ?? CAPTURE_TIME_MS);
  if (!withinNodes(doc, opts.maxNodes ?? MAX_CAPTURE_NODES)) return { values: [], stopped: 'nodes' };
  const roots = findRoots(doc);
  const rule = opts.rules?.length ? pageRule(doc, roots, opts.rules) : null;
  // A rule's fields, each label refused when it names an ID card or a phone (rules.ts refuses them on arrival too).
  const specs = (rule?.fields ?? []).filter((f) => !f.labels?.some(isSensitiveLabel));
  const ruleLabels = specs.flatMap((f) => f.labels ?? []);
  const wellKnown = CAPTURE_FIELDS.flatMap((f) => [...CAPTURE_LABELS[f]]);
  const { texts } = scan(doc, labelPrefilter([...wellKnown, ...ruleLabels]), roots);
  const values: CapturedText[] = [];
  for (const field of CAPTURE_FIELDS) {
    if (now() > deadline) return { values, stopped: 'time' };
    const accept = (v: string) => accepts(field, v);
    let got: CapturedText | null = null;
    // The rule's ways first, in its order; then the well-known labels.
    for (const spec of specs.filter((s) => s.field === field)) {
      if (spec.selector) {
        const value = bySelector(roots, spec);
        if (value && accept(value)) got = { field, text: value, label: null, selector: spec.selector, rule: rule!.name };
      } else if (spec.labels) {
        const found = byLabels(texts, new Set(spec.labels.map(normalizeLabel).filter(Boolean)), accept);
        if (found) got = { field, text: found.value, label: found.label, selector: null, rule: rule!.name };
      }
      if (got) break;
    }
    if (!got) {
      const found = byLabels(texts, CAPTURE_LABELS[field], accept);
      if (found) got = { field, text: found.value, label: found.label, selector: null, rule: null };
    }
    if (got) values.push({ ...got, label: got.label?.slice(0, 60) ?? null });
  }
  return { values };
}
