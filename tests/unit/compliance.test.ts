import { describe, expect, it } from 'vitest';
import { checkText, DEFAULT_PROHIBITED_WORDINGS, effectiveWordings, normalizeForGuard, wordingsFromPolicy } from '@/lib/compliance';
import { BUILTIN_SCRIPTS } from '@/lib/scripts';

const list = DEFAULT_PROHIBITED_WORDINGS;

/** Every ASCII character as its full-width form (U+FF01–FF5E), spaces as ideographic spaces. */
const fullWidth = (s: string) => s.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');

const TRADITIONAL: Record<string, string> = {
  保本: '保本',
  保收益: '保收益',
  保证收益: '保證收益',
  稳赚: '穩賺',
  无风险: '無風險',
  零风险: '零風險',
  刚性兑付: '剛性兌付',
  刚兑: '剛兌',
  包赚: '包賺',
  只赚不赔: '只賺不賠',
};

describe('the compliance guard', () => {
  it.each(list.map((w) => [w]))('catches "%s" as written, in full-width form and inside a sentence', (w) => {
    expect(checkText(`这款产品${w}，放心买`, list).found).toContain(w);
    expect(checkText(fullWidth(w), list).ok).toBe(false);
    expect(checkText(w.toUpperCase(), list).ok).toBe(false);
  });

  it.each(Object.entries(TRADITIONAL))('catches %s in traditional characters (%s) and spaced out', (simplified, traditional) => {
    expect(list).toContain(simplified);
    expect(checkText(`產品${traditional}`, list).found).toContain(simplified);
    expect(checkText([...simplified].join(' '), list).found).toContain(simplified);
    expect(checkText([...traditional].join('\u200b'), list).found).toContain(simplified);
  });

  it('lets ordinary risk language through', () => {
    expect(checkText('这只基金有波动，过去一年最大回撤 8%，请量力而行。', list)).toEqual({ ok: true, found: [] });
    expect(checkText('Returns are not guaranteed and the value can fall.', list).ok).toBe(true);
  });

  it('every built-in script passes the guard, in both languages', () => {
    for (const s of BUILTIN_SCRIPTS) {
      for (const text of [s.title.zh, s.body.zh, s.title.en, s.body.en])
        expect(checkText(text, list), `${s.id}: ${text}`).toEqual({ ok: true, found: [] });
    }
  });

  it('managed policy extends the list, and a malformed policy adds nothing', () => {
    expect(wordingsFromPolicy({ prohibitedWordings: ['收益承诺', ' 包你满意 '] })).toEqual(['收益承诺', '包你满意']);
    expect(wordingsFromPolicy({ prohibitedWordings: 'x' })).toEqual([]);
    expect(wordingsFromPolicy({})).toEqual([]);
    const words = effectiveWordings(['收益承诺', '保本']);
    expect(words.filter((w) => w === '保本')).toHaveLength(1);
    expect(checkText('我们有收益承诺', words).found).toEqual(['收益承诺']);
  });

  it('normalises full-width, case and traditional characters', () => {
    expect(normalizeForGuard('ＡＢＣ 穩賺')).toBe('abc稳赚');
  });
});
