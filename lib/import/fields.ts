/**
 * The columns of a client list and the Pacer fields they fill: guessed from the header (the common Chinese and
 * English ones), changed by the RM in the mapping step, and remembered per set of headers. The phone number is
 * recognised only to be left out: Pacer never stores it.
 */
import { type ImportField, MAX_REMEMBERED_MAPPINGS, type RememberedMappings } from './mapping';

export { IMPORT_FIELDS, type ImportField, RememberedMappingsSchema } from './mapping';

/** Fields one column at most may fill (`communication` takes any number of free columns). */
export const SINGLE_FIELDS: readonly ImportField[] = [
  'clientId',
  'name',
  'gender',
  'birthDate',
  'age',
  'openedOn',
  'assets',
  'products',
  'residentId',
];

const HEADERS: Record<Exclude<ImportField, 'ignore'>, readonly string[]> = {
  clientId: [
    '客户号',
    '客户编号',
    '客户代码',
    '客户id',
    '客户号码',
    '客户编码',
    '核心客户号',
    'cif',
    'cif号',
    'cifno',
    'customerid',
    'customerno',
    'clientid',
    'clientno',
    'custno',
    'custid',
    '客戶號',
    '客戶編號',
  ],
  name: ['姓名', '客户姓名', '客户名称', '户名', '名称', 'name', 'customername', 'clientname', 'fullname', '客戶姓名', '客戶名稱'],
  gender: ['性别', 'gender', 'sex', '性別'],
  birthDate: ['出生日期', '生日', '出生年月日', '出生年月', 'birthdate', 'dateofbirth', 'dob', 'birthday'],
  age: ['年龄', 'age', '年齡'],
  openedOn: [
    '开户日期',
    '开户时间',
    '开户日',
    '建档日期',
    'openingdate',
    'opendate',
    'openedon',
    'accountopened',
    'accountopeningdate',
    '開戶日期',
  ],
  assets: [
    '资产',
    '总资产',
    '资产余额',
    '金融资产',
    '管理资产',
    '客户资产',
    '资产规模',
    '日均资产',
    '月日均资产',
    'aum',
    'assets',
    'totalassets',
    '資產',
    '總資產',
  ],
  products: ['持有产品', '产品', '持仓产品', '持有产品名称', '已购产品', 'products', 'productsheld', 'holdings', '持有產品'],
  residentId: ['身份证号', '身份证', '身份证号码', '证件号码', '证件号', 'idno', 'idnumber', 'idcard', 'residentid', '身份證號'],
  communication: ['备注', '沟通记录', '沟通情况', '说明', 'remark', 'remarks', 'notes', 'note', 'comment', 'comments', '備註'],
  phone: ['手机', '手机号', '手机号码', '电话', '联系电话', '电话号码', 'phone', 'mobile', 'tel', 'telephone', '手機', '電話'],
};

/** A header as compared: lower case, without spaces, brackets, units and punctuation. */
export function normaliseHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[（(【[].*?[）)】\]]/g, '')
    .replace(/[\s_\-.:：/\\·、]/g, '');
}

const GUESS = new Map<string, ImportField>(
  Object.entries(HEADERS).flatMap(([field, names]) => names.map((n) => [normaliseHeader(n), field as ImportField])),
);

/** The field each column most likely fills; a field already taken leaves later columns ignored. */
export function guessMapping(headers: readonly string[]): ImportField[] {
  const taken = new Set<ImportField>();
  return headers.map((h) => {
    const field = GUESS.get(normaliseHeader(h)) ?? 'ignore';
    if (SINGLE_FIELDS.includes(field)) {
      if (taken.has(field)) return 'ignore';
      taken.add(field);
    }
    return field;
  });
}

/** The key a mapping is remembered under: the set of headers, in order. */
export const headerSetKey = (headers: readonly string[]) => headers.map(normaliseHeader).join('|').slice(0, 2000);

/** The remembered mappings with this one added (the oldest forgotten beyond the limit). */
export function remember(all: RememberedMappings, headers: readonly string[], mapping: readonly ImportField[]): RememberedMappings {
  const key = headerSetKey(headers);
  const { [key]: _, ...rest } = all;
  const entries = Object.entries(rest).slice(-(MAX_REMEMBERED_MAPPINGS - 1));
  return { ...Object.fromEntries(entries), [key]: [...mapping] };
}

/** The remembered mapping of these headers, when it still fits them, else the guess. */
export function mappingFor(all: RememberedMappings, headers: readonly string[]): { mapping: ImportField[]; remembered: boolean } {
  const known = all[headerSetKey(headers)];
  return known && known.length === headers.length
    ? { mapping: [...known], remembered: true }
    : { mapping: guessMapping(headers), remembered: false };
}
