import { describe, expect, it } from 'vitest';
import {
  checkText,
  claimOf,
  DEFAULT_PROHIBITED_WORDINGS,
  effectiveWordings,
  normalizeForGuard,
  wordingsFromPolicy,
} from '@/lib/compliance';
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

/** Sentences an RM might say, and what the guard must make of them. */
const MUST_PASS: readonly string[] = [
  '本产品不保本，到期可能亏损本金。',
  '理财非保本，投资需谨慎。',
  '这是一款非保本浮动收益型产品。',
  '收益不保证，过往业绩不代表未来表现。',
  '我们不保证收益，业绩比较基准仅供参考。',
  '并非无风险：它的风险等级是 R3。',
  '世上没有零风险的投资。',
  '这款产品不承诺收益，请您结合自己的情况考虑。',
  '它不是只赚不赔的，市场下跌时净值也会回撤。',
  '我们不设预期收益率，只给业绩比较基准。',
  '本產品不保本，請您留意風險。',
  '這款基金並非無風險。',
  '本产品ＮＯＴ ｒｉｓｋ－ｆｒｅｅ。',
  '过去一年最大回撤 8%，波动比股票小。',
  '这只债基近三年年化 3.2%，但未来不一定。',
  '您的资金可以随时赎回，到账时间 T+1。',
  '保险的保障责任写在合同第三条。',
  '这份年金险每年返还生存金，具体以合同为准。',
  '存款有存款保险保障，最高偿付 50 万元。',
  '我们先看看您的风险承受能力评估结果。',
  '如果只能选一种资产，0 到 10 分您有多愿意配置保险？',
  '您之前买的产品现在是浮亏，我们一起看看原因。',
  '风险和收益是成正比的，收益越高波动越大。',
  '这款产品风险等级 R2，适合稳健型客户。',
  '业绩比较基准不是收益承诺。',
  'The return is not guaranteed and the value can fall.',
  'This product is not capital protected.',
  'There are no guaranteed returns in investing.',
  'It is not risk-free; its risk rating is R3.',
  "Returns aren't guaranteed, and past performance is no guide.",
  'Your deposit is protected up to 500,000 yuan by the deposit insurance scheme.',
  'Let us look at how much volatility you are comfortable with.',
  'On a scale from 0 to 10, how willing would you be to hold some insurance?',
  'The fund fell 8% at its worst last year.',
  'This is a medium-risk product suited to balanced investors.',
  'We never promise returns; we show the benchmark instead.',
  'Non-guaranteed, floating-return wealth products carry risk.',
  'I cannot tell you it will go up; nobody can.',
  '这款产品并不保底，这一点要先说清楚。',
  '现在的理财产品都是非刚性兑付的。',
];

const MUST_CATCH: readonly [string, string][] = [
  ['这款理财保本保收益，您放心。', '保本'],
  ['这个产品保证收益，一年 5 个点。', '保证收益'],
  ['稳赚的，放心买。', '稳赚'],
  ['这是无风险的投资。', '无风险'],
  ['零风险，存着就行。', '零风险'],
  ['我们这个是刚性兑付的。', '刚性兑付'],
  ['刚兑，不会有问题。', '刚兑'],
  ['包赚不亏。', '包赚'],
  ['只赚不赔，您信我。', '只赚不赔'],
  ['这款有保底收益 4%。', '保底'],
  ['每年保息 3.5%。', '保息'],
  ['我们承诺收益不低于 4%。', '承诺收益'],
  ['预期收益率 5.2%，比存款高。', '预期收益率'],
  ['预期年化收益 4.8%。', '预期年化收益'],
  ['保证本金安全，到期全额返还。', '保证本金'],
  ['本金无忧，收益稳定。', '本金无忧'],
  ['本金安全，您不用担心。', '本金安全'],
  ['收益有保障，放心吧。', '收益有保障'],
  ['这个稳赢。', '稳赢'],
  ['买了就是躺赚。', '躺赚'],
  ['稳赚不赔的好产品。', '稳赚不赔'],
  ['零亏损记录，绝对可靠。', '零亏损'],
  ['这个不会亏的。', '不会亏'],
  ['亏不了，放心。', '亏不了'],
  ['绝对安全的产品。', '绝对安全'],
  ['百分百安全。', '百分百安全'],
  ['100%安全，银行兜底。', '100%安全'],
  ['高收益低风险，难得的机会。', '高收益低风险'],
  ['不仅保本，还有额外收益。', '保本'],
  ['这款不但保证收益，还能随时取。', '保证收益'],
  ['這款理財保本，穩賺。', '保本'],
  ['這是無風險的。', '无风险'],
  ['我们承諾收益。', '承诺收益'],
  ['保 本 保 息', '保本'],
  ['ｒｉｓｋ－ｆｒｅｅ and easy.', 'risk-free'],
  ['This fund has guaranteed returns.', 'guaranteed returns'],
  ['Your capital guaranteed, whatever happens.', 'capital guaranteed'],
  ['There is no risk at all.', 'no risk'],
  ["You can't lose with this one.", "can't lose"],
  ['A sure win this quarter.', 'sure win'],
];

describe('the guard’s table: disclosures pass, promises are caught', () => {
  it('has at least forty of each', () => {
    expect(MUST_PASS.length).toBeGreaterThanOrEqual(40);
    expect(MUST_CATCH.length).toBeGreaterThanOrEqual(40);
  });
  it.each(MUST_PASS.map((s) => [s]))('passes: %s', (sentence) => {
    expect(checkText(sentence, list)).toEqual({ ok: true, found: [] });
  });
  it.each(MUST_CATCH)('catches: %s (%s)', (sentence, wording) => {
    expect(checkText(sentence, list).found).toContain(wording);
  });
  it('knows what each built-in wording claims, for the advice on what to say instead', () => {
    for (const w of list) expect(claimOf(w), w).not.toBeNull();
    expect(claimOf('保本')).toBe('principal');
    expect(claimOf('预期收益率')).toBe('returns');
    expect(claimOf('零风险')).toBe('risk');
    expect(claimOf('收益承诺')).toBeNull(); // one the bank's IT added
  });
});
