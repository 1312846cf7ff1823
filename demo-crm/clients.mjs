// @ts-check
/**
 * About fifty invented clients for the demo CRM. Generated from a fixed seed so every run, every test and
 * every screenshot sees the same people. None of them exist: names, ID-card and account numbers are made up
 * (ID-card numbers carry a valid check digit only so they look like the real distractors on bank screens).
 */

/** @param {number} seed */
function prng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('');
const GIVEN = [
  '建国',
  '秀英',
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀兰',
  '霞',
  '平',
  '刚',
  '桂英',
  '志强',
  '晓燕',
  '海燕',
  '文博',
  '雨桐',
  '子涵',
  '浩然',
  '思远',
  '嘉怡',
  '俊杰',
  '欣怡',
  '宇轩',
];
const BRANCHES = ['南京西路支行', '陆家嘴支行', '徐家汇支行', '五角场支行', '静安寺支行', '虹桥支行'];
const LEVELS = ['普通客户', '金卡客户', '白金客户', '钻石客户', '私人银行客户'];
const PRODUCTS = [
  '稳盈 90 天理财',
  '季季享 A 款',
  '沪深 300 指数基金',
  '养老目标 2045 基金',
  '增额终身寿险',
  '年金保险 B 款',
  '大额存单 3 年期',
  '结构性存款',
];

/** @param {string} first17 */
function idCardCheckDigit(first17) {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const codes = '10X98765432';
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * /** @type {number} */ (weights[i]);
  return codes[sum % 11];
}

/** @param {() => number} r @param {number} n */
const digits = (r, n) => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
/** @template T @param {() => number} r @param {readonly T[]} list @returns {T} */
const pick = (r, list) => /** @type {T} */ (list[Math.floor(r() * list.length)]);
const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');

/**
 * @typedef {{ account: string, type: string, currency: string, balance: number }} Account
 * @typedef {{ name: string, amount: number, since: string }} Holding
 * @typedef {{ rowId: number, clientNo: string, name: string, gender: '男' | '女', birth: string, age: number,
 *   idCard: string, mobile: string, phone: string, openDate: string, branch: string, level: string,
 *   aum: number, accounts: Account[], holdings: Holding[], manager: string }} Client
 */

/** @returns {Client[]} */
export function makeClients(count = 50, seed = 20261123) {
  const r = prng(seed);
  /** @type {Client[]} */
  const clients = [];
  const used = new Set();
  for (let i = 0; i < count; i++) {
    let clientNo;
    do clientNo = `88${digits(r, 8)}`;
    while (used.has(clientNo));
    used.add(clientNo);
    const gender = r() < 0.5 ? '男' : '女';
    const year = 1950 + Math.floor(r() * 48);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const birth = `${year}-${pad(month)}-${pad(day)}`;
    const area = pick(r, ['310101', '310104', '310115', '320102', '330106']);
    let first17 = `${area}${year}${pad(month)}${pad(day)}${digits(r, 2)}`;
    first17 += gender === '男' ? String(1 + 2 * Math.floor(r() * 5)) : String(2 * Math.floor(r() * 5));
    const openYear = 2003 + Math.floor(r() * 22);
    const accounts = Array.from({ length: 1 + Math.floor(r() * 3) }, (_, k) => ({
      account: `6217${digits(r, 15)}`,
      type: k === 0 ? '借记卡' : pick(r, ['定期存款', '活期存款', '理财账户']),
      currency: '人民币',
      balance: Math.round(r() * 3_000_000 * 100) / 100,
    }));
    const holdings = Array.from({ length: Math.floor(r() * 4) }, () => ({
      name: pick(r, PRODUCTS),
      amount: Math.round(r() * 100) * 10_000,
      since: `${2020 + Math.floor(r() * 6)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
    }));
    const aum = accounts.reduce((s, a) => s + a.balance, 0) + holdings.reduce((s, h) => s + h.amount, 0);
    clients.push({
      rowId: 1000 + i * 7,
      clientNo,
      name: pick(r, SURNAMES) + pick(r, GIVEN),
      gender,
      birth,
      age: 2026 - year,
      idCard: first17 + idCardCheckDigit(first17),
      mobile: `1${pick(r, ['3', '5', '7', '8', '9'])}${digits(r, 9)}`,
      phone: `021-${digits(r, 8)}`,
      openDate: `${openYear}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))}`,
      branch: pick(r, BRANCHES),
      level:
        aum > 6_000_000
          ? (LEVELS[4] ?? '')
          : aum > 3_000_000
            ? (LEVELS[3] ?? '')
            : aum > 1_000_000
              ? (LEVELS[2] ?? '')
              : aum > 500_000
                ? (LEVELS[1] ?? '')
                : (LEVELS[0] ?? ''),
      aum: Math.round(aum * 100) / 100,
      accounts,
      holdings,
      manager: '客户经理 A0321',
    });
  }
  return clients;
}

export const CLIENTS = makeClients();
