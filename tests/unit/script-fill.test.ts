import { describe, expect, it } from 'vitest';
import { checkText, DEFAULT_PROHIBITED_WORDINGS } from '@/lib/compliance';
import { BUILTIN_SCRIPTS } from '@/lib/scripts';
import { canFill, fillScript, placeholdersIn, type ScriptValues } from '@/lib/scripts/fill';

const full: ScriptValues = { name: '王先生', rm: '李明', branch: '城东支行', memory: '喜欢喝普洱。' };
const fullEn: ScriptValues = { name: 'Mr Wang', rm: 'Li Ming', branch: 'East Gate branch', memory: 'likes pu-erh tea' };
const nameless = (v: ScriptValues): ScriptValues => ({ ...v, name: null });

/** What a script must never read like once filled, in either language. */
function awkward(text: string): string[] {
  const found: string[] = [];
  for (const [what, re] of [
    ['a placeholder left', /[{}]/],
    ['您您', /您您/],
    ['a doubled comma', /[，,]\s*[，,]/],
    ['a space before punctuation', / [,.:;!?]/],
    ['a comma before a full stop', /[，,]\s*[。.！？!?：:]/],
    ['a sentence opening with punctuation', /(^|[。！？.!?]\s*)[，,：:]/],
    ['two spaces', / {2}/],
    ['an empty address', /(Hello|Hi|Dear),? you\b|Hello there/],
    ['a skeleton to fill in', /……|…|\.\.\./],
  ] as const)
    if (re.test(text)) found.push(what);
  return found;
}

describe('every built-in script reads naturally', () => {
  for (const s of BUILTIN_SCRIPTS) {
    it(s.id, () => {
      for (const [lang, values] of [
        ['zh-CN', full],
        ['en', fullEn],
      ] as const) {
        const body = lang === 'en' ? s.body.en : s.body.zh;
        const withName = fillScript(body, values, lang);
        const withoutName = fillScript(body, nameless(values), lang);
        expect(withName, `${lang} with a name`).not.toBeNull();
        expect(awkward(withName!), `${lang} with a name: ${withName}`).toEqual([]);
        expect(awkward(withoutName!), `${lang} without a name: ${withoutName}`).toEqual([]);
        expect(withoutName).not.toContain(values.name!);
        if (body.includes('{name}')) expect(withName).toContain(values.name!);
        // Filled, the script still passes the compliance guard.
        expect(checkText(withName!, DEFAULT_PROHIBITED_WORDINGS).ok, withName!).toBe(true);
      }
    });
  }

  it('the same placeholders in both languages', () => {
    for (const s of BUILTIN_SCRIPTS) expect([...placeholdersIn(s.body.en)].sort(), s.id).toEqual([...placeholdersIn(s.body.zh)].sort());
  });
});

describe('filling the client name', () => {
  const zh = (text: string, name: string | null) => fillScript(text, { ...full, name }, 'zh-CN');
  const en = (text: string, name: string | null) => fillScript(text, { ...fullEn, name }, 'en');

  it('zh: "{name}您好" reads "您好", a leading address goes, elsewhere 您', () => {
    expect(zh('{name}您好，我是{rm}。', null)).toBe('您好，我是李明。');
    expect(zh('{name}您好，我是{rm}。', '王先生')).toBe('王先生您好，我是李明。');
    expect(zh('{name}，这段时间联系得少了。', null)).toBe('这段时间联系得少了。');
    expect(zh('明白。{name}，您看呢？', null)).toBe('明白。您看呢？');
    expect(zh('想请教{name}一个问题', null)).toBe('想请教您一个问题');
    expect(zh('明白，{name}现在完全不考虑', null)).toBe('明白，您现在完全不考虑');
  });

  it('en: the address goes with its comma; elsewhere "you"', () => {
    expect(en('Hello {name}, this is {rm}.', null)).toBe('Hello, this is Li Ming.');
    expect(en('Hello {name}, this is {rm}.', 'Mr Wang')).toBe('Hello Mr Wang, this is Li Ming.');
    expect(en('So I wanted to call you, {name}.', null)).toBe('So I wanted to call you.');
    expect(en('Understood, {name}, it is a no.', null)).toBe('Understood, it is a no.');
    expect(en('One question, {name}: if', null)).toBe('One question: if');
    expect(en('Fine. {name}, what do you think?', null)).toBe('Fine. What do you think?');
    expect(en('I would like to invite {name} to a salon.', null)).toBe('I would like to invite you to a salon.');
  });
});

describe('who is calling, and what the record knows', () => {
  it('an unset name or branch shows a gap the RM fills, not an anonymous call', () => {
    expect(fillScript('我是{branch}的客户经理{rm}。', { ...full, rm: null, branch: ' ' }, 'zh-CN')).toBe(
      '我是【网点名称】的客户经理【您的姓名】。',
    );
    expect(fillScript('This is {rm} from {branch}.', { ...fullEn, rm: '', branch: null }, 'en')).toBe(
      'This is [your name] from [your branch].',
    );
  });

  it('a memory-point script is offered only with a memory point, quoted without its full stop', () => {
    const text = '记得上次您聊到{memory}，我一直记着。';
    expect(canFill(text, { ...full, memory: null })).toBe(false);
    expect(fillScript(text, { ...full, memory: null }, 'zh-CN')).toBeNull();
    expect(fillScript(text, full, 'zh-CN')).toBe('记得上次您聊到喜欢喝普洱，我一直记着。');
    expect(canFill('您好', { ...full, memory: null })).toBe(true);
  });

  it('values are inserted once: text the RM or a page typed is never read as a placeholder', () => {
    expect(fillScript('{name}：{memory}', { ...full, name: '{rm}', memory: '{branch}' }, 'zh-CN')).toBe('{rm}：{branch}');
  });
});

describe('outbound scripts', () => {
  const outbound = BUILTIN_SCRIPTS.filter((s) => s.outbound);

  it('every call the RM makes says who is calling and from which branch', () => {
    expect(outbound.length).toBeGreaterThanOrEqual(10);
    for (const s of outbound)
      for (const body of [s.body.zh, s.body.en]) {
        const used = placeholdersIn(body);
        expect(used.has('rm') && used.has('branch'), `${s.id}: ${body}`).toBe(true);
        // ...in the first sentence, before anything else is said.
        const first = body.split(/[。.!?！？]/)[0]!;
        expect(first.includes('{rm}') || first.includes('{branch}'), `${s.id}: ${first}`).toBe(true);
      }
    for (const id of ['rhythm-dormant', 'rhythm-new-first-hour', 'rhythm-handover', 'loss-market-drop', 'meet-invite'])
      expect(outbound.map((s) => s.id)).toContain(id);
  });

  it('no script asks the client to act on a link or give details; a warning that the bank never does is fine', () => {
    const asks = [/链接|link|http|www\.|click|点击|扫码|scan/i, /验证码|密码|password|\bcode\b|卡号|card number|转账|move money|transfer/i];
    const warns = /不会|never/i;
    for (const s of BUILTIN_SCRIPTS)
      for (const body of [s.body.zh, s.body.en])
        for (const sentence of body.split(/(?<=[。！？!?])|(?<=\.)\s/)) {
          if (!asks.some((re) => re.test(sentence))) continue;
          expect(warns.test(sentence), `${s.id}: ${sentence}`).toBe(true);
        }
  });

  it('the dormant-client call names the RM and branch, asks nothing, and says how to check who is calling', () => {
    const dormant = BUILTIN_SCRIPTS.find((s) => s.id === 'rhythm-dormant')!;
    const text = fillScript(dormant.body.zh, nameless(full), 'zh-CN')!;
    expect(text.startsWith('您好，我是城东支行的客户经理李明。')).toBe(true);
    expect(text).toContain('银行不会通过电话或短信让您点链接、转账，或者提供密码和验证码');
    expect(text).toContain('网点的公开电话');
    expect(text).not.toMatch(/核对|确认.*信息|预留/);
  });
});

describe('scripts say only what the RM knows', () => {
  it('no figure is asserted about the client: numbers in a script are options offered or asked about', () => {
    const pct = BUILTIN_SCRIPTS.find((s) => s.id === 'pos-percentages')!;
    expect(pct.body.zh).not.toMatch(/\d/);
    expect(pct.body.en).not.toMatch(/\d/);
    expect(pct.body.zh).toMatch(/？/);
    expect(pct.body.zh).not.toMatch(/您能承受|within what you can bear/);
  });

  it('the sandwich can be read aloud: empathy, then facts, then a plan, with no gap to fill in', () => {
    const s = BUILTIN_SCRIPTS.find((x) => x.id === 'loss-sandwich')!;
    const zh = s.body.zh;
    expect(zh).not.toMatch(/……|（事实）|（方案）/);
    expect(zh.indexOf('不舒服')).toBeLessThan(zh.indexOf('实际情况'));
    expect(zh.indexOf('实际情况')).toBeLessThan(zh.indexOf('两种做法'));
  });

  it("the memory-point script uses the client's own memory point", () => {
    const s = BUILTIN_SCRIPTS.find((x) => x.id === 'trust-memory-point')!;
    expect(placeholdersIn(s.body.zh).has('memory')).toBe(true);
    expect(s.body.zh).not.toMatch(/普洱/);
    expect(fillScript(s.body.zh, { ...full, memory: '女儿今年高考' }, 'zh-CN')).toContain('女儿今年高考');
  });

  it('has what the method names: a scale question per product category, meeting opening and closing, the new client, the quarter, the market drop', () => {
    const ids = new Set(BUILTIN_SCRIPTS.map((s) => s.id));
    for (const id of [
      'res-scale-insurance',
      'res-scale-funds',
      'res-scale-wealth',
      'res-scale-deposits',
      'meet-opening',
      'meet-closing',
      'pos-insurance-unprompted',
      'neu-small-loss-ok',
      'rhythm-new-three-day-visit',
      'rhythm-new-first-month',
      'rhythm-quarterly-review',
      'loss-market-drop',
    ])
      expect(ids, id).toContain(id);
    for (const s of BUILTIN_SCRIPTS.filter((x) => x.id.startsWith('res-scale-') && x.id !== 'res-scale-follow'))
      expect(s.body.zh, s.id).toMatch(/从 0 到 10 分/);
    expect(BUILTIN_SCRIPTS.find((s) => s.id === 'neu-small-loss-ok')!.body.zh).toMatch(/结构性产品|混合类产品/);
  });
});
