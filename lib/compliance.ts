/**
 * The compliance guard. Banks may not promise guaranteed principal or returns, so every script shown or
 * copied, built-in or written by the RM, is checked against a list of prohibited wordings. The list is data:
 * the built-in list below plus whatever the bank's IT adds through managed policy (`prohibitedWordings`,
 * docs/managed-policy.md). Matching ignores case, full-width forms, traditional characters and spacing
 * tricks ("保 本", "ｇｕａｒａｎｔｅｅｄ"), so a wording cannot slip through by its spelling.
 */
import * as z from 'zod/mini';

export const DEFAULT_PROHIBITED_WORDINGS: readonly string[] = [
  '保本',
  '保收益',
  '保证收益',
  '稳赚',
  '无风险',
  '零风险',
  '刚性兑付',
  '刚兑',
  '包赚',
  '只赚不赔',
  'guaranteed return',
  'guaranteed returns',
  'guaranteed principal',
  'principal guaranteed',
  'capital guaranteed',
  'risk-free',
  'risk free',
  'no risk',
  "can't lose",
  'cannot lose',
];

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
  零: '零',
  保: '保',
  穫: '获',
  獲: '获',
  實: '实',
  務: '务',
  額: '额',
  收: '收',
  益: '益',
  絕: '绝',
  對: '对',
  價: '价',
  值: '值',
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
  兑: '兑',
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

export function checkText(text: string, wordings: readonly string[]): GuardResult {
  const haystack = normalizeForGuard(text);
  const found: string[] = [];
  for (const w of wordings) {
    const needle = needleOf(w);
    if (needle && haystack.includes(needle) && !found.includes(w)) found.push(w);
  }
  return { ok: found.length === 0, found };
}

/** The list in force: built-in plus managed additions, without duplicates. */
export function effectiveWordings(extra: readonly string[]): string[] {
  return [...new Set([...DEFAULT_PROHIBITED_WORDINGS, ...extra])];
}
