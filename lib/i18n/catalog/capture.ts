import { defineMessages } from '../define';

/** Field capture: its offer in the card and its rule fields (its settings' messages are the options page's own). */
export default defineMessages({
  'card.section.profileOffers': { zh: '客户档案 · 页面上有 {n} 项可填入', en: 'Client template · {n} to fill from the page' },
  'capture.offer.title': { zh: '从当前页面读取到：', en: 'Read on this page:' },
  'capture.offer.fillAll': { zh: '填入空白项（{n}）', en: 'Fill empty fields ({n})' },
  'capture.offer.fillOne': { zh: '填入', en: 'Fill' },
  'capture.offer.fillOneLabel': { zh: '填入{field}', en: 'Fill {field}' },
  'capture.offer.beside': { zh: '读取自本页「{label}」旁', en: 'read beside 「{label}」 on this page' },
  'capture.offer.selector': { zh: '按规则“{rule}”读取自本页 {selector}', en: 'read from {selector} on this page (rule “{rule}”)' },
  'capture.offer.besideRule': { zh: '按规则“{rule}”读取自本页「{label}」旁', en: 'read beside 「{label}」 on this page (rule “{rule}”)' },
  'capture.offer.fromBirth': { zh: '由出生日期推算', en: 'worked out from the birth date' },
  'capture.offer.differs': {
    zh: '{field}与页面不同：页面上是 {value}（保留您填写的）',
    en: '{field} differs from the page: it shows {value} (yours is kept)',
  },
  'capture.offer.tooBig': { zh: '页面内容过多，未读取客户资料。', en: 'The page is too large: client details were not read.' },
  'rules.error.sensitiveLabel': {
    zh: '不能按证件号、身份证或电话的标签读取：Pacer 从不读取这些号码',
    en: 'cannot read beside an ID-card, document or phone label: Pacer never reads those numbers',
  },
  'rules.error.fieldWay': {
    zh: '每个字段需要且只能用一种方式：selector（可加 attribute）或 labels',
    en: 'each field needs exactly one way: a selector (with an optional attribute) or labels',
  },
});
