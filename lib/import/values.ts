/**
 * Values as Chinese bank systems and Excel write them, read into Pacer's: dates (`2024年3月5日`, `2024/3/5`,
 * `20240305`, Excel serial numbers), amounts (`1,234.56`, `12.3万`, `¥`, `元`) in fen, gender (男/女/M/F), ages
 * (`45岁`), and the resident ID, which only ever yields a birth date and a gender and is never kept. Each reader
 * returns the value, `null` for an empty cell, or the reason it cannot be read (a catalog key).
 */
import type { IsoDate } from '../calendar/dates';
import { MAX_ASSETS_FEN } from '../client/record';
import type { MessageKey } from '../i18n';

export type Read<T> = { ok: true; value: T | null } | { ok: false; problem: MessageKey };

const ok = <T>(value: T | null): Read<T> => ({ ok: true, value });
const bad = <T>(problem: MessageKey): Read<T> => ({ ok: false, problem });

/** What bank exports put in a cell that has no value. */
const EMPTY = new Set(['', '-', '--', '—', '——', '/', 'n/a', 'na', 'null', 'none', '无', '暂无', '空']);
export const isEmptyCell = (text: string) => EMPTY.has(text.trim().toLowerCase());

/**
 * A cell Excel would run as a formula when the file is opened again (`=`, `+`/`-` before a name or a bracket, `@`,
 * a leading tab or carriage return): never imported as text, since it was a formula or an attempt at one.
 */
export const looksLikeFormula = (text: string) => /^[=@\t\r]/.test(text) || /^[+-]\s*[A-Za-z_(]/.test(text);

function realDate(y: number, m: number, d: number): IsoDate | null {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` as IsoDate;
}

/** Excel's day number (1900 date system, its phantom 29 February 1900 included) as a date. */
export function excelSerialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  const date = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86_400_000);
  return realDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const EARLIEST = '1900-01-01';

/** 2024年3月5日, 2024/3/5 (also - and .), 20240305: year, month, day. */
const DATE_FORMATS = [
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/,
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/** A date in a past the RM's book can hold: not after `today`, not before 1900. */
export function readDate(text: string, today: IsoDate): Read<IsoDate> {
  const s = text
    .trim()
    .replace(/\s+\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '')
    .replace(/T.*$/, '');
  if (isEmptyCell(s)) return ok(null);
  const ymd = DATE_FORMATS.map((re) => s.match(re)).find((m) => m !== null);
  let date: IsoDate | null;
  if (ymd) date = realDate(Number(ymd[1]), Number(ymd[2]), Number(ymd[3]));
  else if (/^\d{2,5}(\.\d+)?$/.test(s)) date = excelSerialToIso(Number(s));
  else return bad('import.problem.date');
  if (!date) return bad('import.problem.dateImpossible');
  if (date > today) return bad('import.problem.dateFuture');
  if (date < EARLIEST) return bad('import.problem.dateImpossible');
  return ok(date);
}

const UNITS: Record<string, number> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000, 千: 1_000, '': 1 };

/** An amount in fen: `1,234.56`, `¥1234`, `12.3万`, `3亿`, `5000元`. */
export function readAmount(text: string): Read<number> {
  const s = text
    .trim()
    .replace(/^(人民币|RMB|CNY)\s*/i, '')
    .replace(/^[¥￥]\s*/, '')
    .replace(/[,，\s]/g, '');
  if (isEmptyCell(s)) return ok(null);
  const m = s.match(/^([-+]?)(\d+(?:\.\d+)?)(万|萬|亿|億|千)?(元)?$/);
  if (!m) return bad('import.problem.amount');
  if (m[1] === '-' && Number(m[2]) !== 0) return bad('import.problem.amountNegative');
  const fen = Math.round(Number(m[2]) * (UNITS[m[3] ?? '']! * 100));
  if (!Number.isSafeInteger(fen) || fen > MAX_ASSETS_FEN) return bad('import.problem.amountAbsurd');
  return ok(fen);
}

const GENDER: Record<string, 'male' | 'female'> = {
  男: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  先生: 'male',
  女: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  女士: 'female',
};

export function readGender(text: string): Read<'male' | 'female'> {
  const s = text.trim().toLowerCase();
  if (isEmptyCell(s)) return ok(null);
  const g = GENDER[s];
  return g ? ok(g) : bad('import.problem.gender');
}

export function readAge(text: string): Read<number> {
  const s = text.trim().replace(/\s*(岁|周岁)$/, '');
  if (isEmptyCell(s)) return ok(null);
  if (!/^\d{1,3}$/.test(s) || Number(s) > 130) return bad('import.problem.age');
  return ok(Number(s));
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/**
 * What a resident ID says about its holder (GB 11643: the birth date at digits 7–14, the 17th digit odd for a man,
 * the last a checksum), and nothing else: the number itself is never returned, never stored.
 */
export function readResidentId(text: string, today: IsoDate): Read<{ birthDate: IsoDate; gender: 'male' | 'female' }> {
  const s = text.trim().toUpperCase();
  if (isEmptyCell(s)) return ok(null);
  if (/^\d{17}[\dX]$/.test(s)) {
    const sum = WEIGHTS.reduce((n, w, i) => n + w * Number(s[i]), 0);
    if (CHECK[sum % 11] !== s[17]) return bad('import.problem.residentId');
    const birth = readDate(s.slice(6, 14), today);
    if (!birth.ok || !birth.value) return bad('import.problem.residentId');
    return ok({ birthDate: birth.value, gender: Number(s[16]) % 2 ? 'male' : 'female' });
  }
  if (/^\d{15}$/.test(s)) {
    // The first-generation card: a two-digit year of the 1900s, the last digit odd for a man.
    const birth = readDate(`19${s.slice(6, 12)}`, today);
    if (!birth.ok || !birth.value) return bad('import.problem.residentId');
    return ok({ birthDate: birth.value, gender: Number(s[14]) % 2 ? 'male' : 'female' });
  }
  return bad('import.problem.residentId');
}

/** Whole years from `birth` to `today`. */
export function ageOn(birth: IsoDate, today: IsoDate): number {
  const [by, bm, bd] = birth.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}
