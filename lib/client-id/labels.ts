/** Labels that name the client number on Chinese (simplified and traditional) and English CRM screens. */
import { normalizeLabel } from './normalize';

export const CLIENT_NUMBER_LABELS: readonly string[] = [
  '客户号',
  '客户编号',
  '客户号码',
  '客户代码',
  '客户ID',
  '客户信息号',
  '客户识别号',
  'CIF号',
  '客户编码',
  '客戶編碼',
  '客戶識別號',
  '客戶號',
  '客戶編號',
  '客戶號碼',
  '客戶代碼',
  '客戶ID',
  'Client No.',
  'Client No',
  'Client Number',
  'Client ID',
  'Customer No.',
  'Customer No',
  'Customer Number',
  'Customer ID',
  'CIF No.',
  'CIF',
  'CIF Number',
  'Client Code',
  'Customer Code',
];

/** A cheap first test on every text node of the page, before any normalising: could it hold a label? */
export const CLIENT_LABEL_PREFILTER = /客|client|customer|cif|ｃ/i;

const normalizedSet = (labels: readonly string[]): ReadonlySet<string> => new Set(labels.map(normalizeLabel));

/** Marked pure so that the page script, which does not use it (the background sends it the labels), leaves it out. */
export const NORMALIZED_CLIENT_LABELS: ReadonlySet<string> = /* @__PURE__ */ normalizedSet(CLIENT_NUMBER_LABELS);
