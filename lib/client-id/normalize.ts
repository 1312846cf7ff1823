/**
 * Text as read from legacy screens: full-width digits and letters (客户号：８８０００１２３４５), non-breaking
 * and zero-width spaces, stray padding. Normalised before any comparison or validation.
 */

/** Invisible characters that change nothing about what is shown, so are removed: zero-width space, non-joiner and
 * joiner, word joiner, invisible operators, byte order mark, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060-\u2064\uFEFF\u00AD]/g;

/**
 * Bidi controls: ALM, LRM, RLM (marks); LRE, RLE, PDF, LRO, RLO (embeddings, overrides); LRI, RLI, FSI, PDI
 * (isolates). They are invisible, but they change the order characters are shown in: a value wrapped in RLO … PDF
 * is stored as 8800012345 and shown as 5432100088. Pacer must never read a number other than the one the RM
 * sees, so they are not removed:
 * - a value that contains one is refused (no validator accepts the character), and beside a label it makes the
 *   screen ambiguous, so no other value wins by it (detect.ts);
 * - except one LRI or FSI … PDI around the whole value with no other control inside, which `unisolate` removes (i18n
 *   libraries such as Fluent put FSI … PDI around every value they insert). Inside a left-to-right isolate, the
 *   characters a client number may have — Latin letters (strong L), digits (EN) and `.` `_` `-` (CS, ON, ES) —
 *   all resolve to left to right and are shown in the order they are stored, whatever surrounds the isolate: that
 *   is what an isolate is for. FSI takes the direction of the first strong character inside, which in such a value
 *   can only be a Latin letter, or none: left to right either way. An RLI is not removed: in it 12-AB is shown AB-12.
 * What surrounds a value can reorder it too (an RLO left open earlier on the line, dir="rtl", <bdo>): detect.ts
 * checks where the value is shown.
 */
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const BIDI_ALL = new RegExp(BIDI.source, 'g');
const LTR_ISOLATE = /^[\u2066\u2068]([^\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]*)\u2069$/;

export function hasBidiControl(text: string): boolean {
  return BIDI.test(text);
}

/** The text without its bidi controls: what a refused value would have been, to tell whether it mattered. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_ALL, '');
}

/** A normalised value without the left-to-right isolate around it (see BIDI); any other value as it is. */
export function unisolate(value: string): string {
  const inner = LTR_ISOLATE.exec(value)?.[1];
  return inner === undefined ? value : inner.trim();
}

/** Full-width ASCII (U+FF01–U+FF5E) to half-width, ideographic space to a space. */
function toHalfWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}

export function normalizeText(text: string): string {
  return toHalfWidth(text.replace(INVISIBLE, '')).replace(/\s+/g, ' ').trim();
}

/** A label as compared: normalised, no trailing colon, case-folded, inner spaces removed ("客户 号"). */
export function normalizeLabel(text: string): string {
  return unisolate(
    normalizeText(text)
      .replace(/[:：]\s*$/, '')
      .replace(/\s+/g, ''),
  ).toLowerCase();
}
