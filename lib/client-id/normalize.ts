/**
 * Text as read from legacy screens: full-width digits and letters (客户号：８８０００１２３４５), non-breaking
 * and zero-width spaces, stray padding. Normalised before any comparison or validation.
 */

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\uFEFF\u00AD]/g;

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
  return normalizeText(text)
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, '')
    .toLowerCase();
}
