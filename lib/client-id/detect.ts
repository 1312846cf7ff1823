/**
 * Zero-configuration detection: the value shown next to a well-known client-number label. It answers only
 * when exactly one plausible client number is on screen; a list of many clients, or a screen with only
 * account, ID-card or phone numbers, reads as "no client" — a wrong ID is worse than none.
 */
import { NORMALIZED_CLIENT_LABELS } from './labels';
import { normalizeLabel, normalizeText } from './normalize';

export interface Detection {
  clientId: string;
  /** Human-readable: which label found it. */
  via: string;
}

/** Plausible client numbers: 4–32 letters/digits with at least one digit (not a name, not a date). */
const PLAUSIBLE_ID = /^(?=.*\d)[0-9A-Za-z][0-9A-Za-z-]{3,31}$/;

const LABEL_TAGS = new Set(['TH', 'TD', 'DT', 'LABEL', 'SPAN', 'DIV', 'B', 'STRONG', 'P', 'LI']);

/** The documents on screen: this one and every same-origin frame below it, any depth. */
export function* reachableDocuments(doc: Document): Generator<Document> {
  yield doc;
  for (const frame of Array.from(doc.querySelectorAll('iframe, frame'))) {
    let inner: Document | null = null;
    try {
      inner = (frame as HTMLIFrameElement).contentDocument;
    } catch {
      inner = null; // cross-origin: not ours to read
    }
    if (inner) yield* reachableDocuments(inner);
  }
}

function valueOf(el: Element): string {
  const field = el.matches('input, textarea, select') ? el : el.querySelector('input, textarea, select');
  if (field) return normalizeText((field as HTMLInputElement).value ?? '');
  return normalizeText(el.textContent ?? '');
}

function candidatesNear(labelEl: Element): string[] {
  const own = normalizeText(labelEl.textContent ?? '');
  // "客户号：8800012345" in one cell.
  const inline = /[:：]\s*([0-9A-Za-z-]+)\s*$/.exec(own);
  if (inline?.[1]) return [inline[1]];
  const next = labelEl.nextElementSibling;
  if (next) return [valueOf(next)];
  return [];
}

function labelIn(el: Element): string | null {
  const own = normalizeText(el.textContent ?? '');
  if (own.length > 40) return null;
  const head = own.split(/[:：]/)[0] ?? '';
  const key = normalizeLabel(head);
  return NORMALIZED_CLIENT_LABELS.has(key) ? head.trim() : null;
}

export function detectClientId(root: Document): Detection | null {
  const found = new Map<string, string>();
  for (const doc of reachableDocuments(root)) {
    const all = doc.body ? doc.body.getElementsByTagName('*') : [];
    for (const el of Array.from(all)) {
      if (!LABEL_TAGS.has(el.tagName) || el.childElementCount > 1) continue;
      const label = labelIn(el);
      if (!label) continue;
      for (const value of candidatesNear(el)) {
        if (PLAUSIBLE_ID.test(value)) found.set(value, label);
      }
    }
  }
  if (found.size !== 1) return null;
  const [clientId, label] = [...found][0]!;
  return { clientId, via: label };
}
