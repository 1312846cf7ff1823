/**
 * The compliance guard. Banks may not promise guaranteed principal or returns, or call a product riskless, so every
 * script shown or copied, built-in or written by the RM, is checked against a list of prohibited wordings. The
 * list is data: the built-in list below (each entry with the kind of promise it makes, which says what to say
 * instead) plus whatever the bank's IT adds through managed policy (`prohibitedWordings`,
 * docs/managed-policy.md). Matching ignores case, full-width forms, traditional characters and spacing tricks
 * ("保 本", "ｇｕａｒａｎｔｅｅｄ"), so a wording cannot slip through by its spelling; and a wording the sentence
 * negates right before it is a disclosure, not a promise ("本产品不保本", "收益不保证" is not caught, "保本" is).
 */
import * as z from 'zod/mini';

/** What a prohibited wording claims: the advice on what to say instead follows from it. */
export type Claim = 'principal' | 'returns' | 'risk';

const BUILTIN: Readonly<Record<Claim, readonly string[]>> = {
  principal: [
    '保本',
    '保底',
    '保证本金',
    '本金无忧',
    '本金安全',
    '刚性兑付',
    '刚兑',
    'guaranteed principal',
    'principal guaranteed',
    'capital guaranteed',
    'capital protected',
  ],
  returns: [
    '保收益',
    '保证收益',
    '保息',
    '承诺收益',
    '收益有保障',
    '预期收益率',
    '预期年化收益',
    '稳赚',
    '稳赢',
    '包赚',
    '躺赚',
    'guaranteed return',
    'guaranteed returns',
    'guaranteed income',
    'guaranteed yield',
    'sure win',
  ],
  risk: [
    '无风险',
    '零风险',
    '只赚不赔',
    '稳赚不赔',
    '零亏损',
    '不会亏',
    '亏不了',
    '绝对安全',
    '百分百安全',
    '100%安全',
    '高收益低风险',
    'risk-free',
    'risk free',
    'no risk',
    'zero risk',
    "can't lose",
    'cannot lose',
  ],
};

export const DEFAULT_PROHIBITED_WORDINGS: readonly string[] = Object.values(BUILTIN).flat();

const CLAIM_OF = new Map<string, Claim>(Object.entries(BUILTIN).flatMap(([claim, ws]) => ws.map((w) => [w, claim as Claim] as const)));

/** What a built-in wording claims (for the advice on what to say instead); null for one the bank's IT added. */
export function claimOf(wording: string): Claim | null {
  return CLAIM_OF.get(wording) ?? null;
}

/** Managed policy: `{ "prohibitedWordings": ["…", …] }`, added to the built-in list, never replacing it. */
export const PolicyWordingsSchema = z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(60))).check(z.maxLength(500));

export function wordingsFromPolicy(policy: Record<string, unknown>): string[] {
  const r = PolicyWordingsSchema.safeParse(policy.prohibitedWordings);
  return r.success ? r.data : [];
}

/**
 * Traditional → simplified for the characters the wordings use (and near neighbours). Kept small and
 * explicit: the aim is catching prohibited phrases, not converting prose.
 */
const TRADITIONAL: Record<string, string> = {
  穩: '稳',
  賺: '赚',
  無: '无',
  風: '风',
  險: '险',
  剛: '刚',
  兌: '兑',
  證: '证',
  賠: '赔',
  虧: '亏',
  損: '损',
  確: '确',
  報: '报',
  穫: '获',
  獲: '获',
  實: '实',
  務: '务',
  額: '额',
  絕: '绝',
  對: '对',
  價: '价',
  準: '准',
  擔: '担',
  當: '当',
  還: '还',
  錢: '钱',
  會: '会',
  說: '说',
  話: '话',
  贏: '赢',
  輸: '输',
  產: '产',
  資: '资',
  諾: '诺',
  預: '预',
  憂: '忧',
  障: '障',
  沒: '没',
  並: '并',
  雖: '虽',
  萬: '万',
  齊: '齐',
};

/** Lower case, full-width → half-width (NFKC), traditional → simplified, no spacing or invisible characters. */
export function normalizeForGuard(text: string): string {
  let out = text.normalize('NFKC').toLowerCase();
  out = out.replace(/[\u200b-\u200f\u2060\ufeff\u00ad]/g, '');
  out = [...out].map((ch) => TRADITIONAL[ch] ?? ch).join('');
  // Curly apostrophes as straight ones, then drop whitespace and joiners between letters.
  out = out.replace(/[\u2018\u2019]/g, "'");
  return out.replace(/[\s_·•.\-–—/\\|*~]+/g, '');
}

/**
 * Negations that, right before a wording, make it a disclosure ("不保本", "非保本浮动收益", "并非无风险", "not
 * risk-free"). Not "不仅 / 不但 / 不只" (they end in 仅/但/只, so they never sit right before a wording), and not a
 * negation inside the wording itself ("不会亏" promises).
 */
const NEGATIONS = [
  '并不',
  '并非',
  '没有',
  '不是',
  '无法',
  '不能',
  '不设',
  '不提供',
  '不存在',
  '不',
  '非',
  '没',
  '未',
  "isn't",
  "aren't",
  'never',
  'not',
  'non',
  'no',
];

function negatedAt(haystack: string, index: number): boolean {
  const before = haystack.slice(Math.max(0, index - 8), index);
  return NEGATIONS.some((n) => before.endsWith(n));
}

export interface GuardResult {
  ok: boolean;
  /** The list entries found, as listed (so the RM sees which words to change). */
  found: string[];
}

const needles = new Map<string, string>();
function needleOf(wording: string): string {
  let n = needles.get(wording);
  if (n === undefined) {
    n = normalizeForGuard(wording);
    if (needles.size < 5_000) needles.set(wording, n);
  }
  return n;
}

/** Whether `needle` appears in `haystack` as a promise: at least once not negated right before or after it. */
function promised(haystack: string, needle: string): boolean {
  for (let from = 0, i = haystack.indexOf(needle); i >= 0 && from < haystack.length; from = i + 1, i = haystack.indexOf(needle, from)) {
    if (!negatedAt(haystack, i)) return true;
  }
  return false;
}

export function checkText(text: string, wordings: readonly string[]): GuardResult {
  const haystack = normalizeForGuard(text.slice(0, 20_000));
  const found: string[] = [];
  for (const w of wordings) {
    const needle = needleOf(w);
    if (needle && !found.includes(w) && promised(haystack, needle)) found.push(w);
  }
  return { ok: found.length === 0, found };
}

/** The list in force: built-in plus managed additions, without duplicates. */
export function effectiveWordings(extra: readonly string[]): string[] {
  return [...new Set([...DEFAULT_PROHIBITED_WORDINGS, ...extra])];
}
