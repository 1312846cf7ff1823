import { defineMessages } from '../define';

/** Field capture: its switch per CRM address in the settings, its offer in the card, its rule fields and policy key. */
export default defineMessages({
  'options.nav.capture': { zh: '读取客户资料', en: 'Reading client details' },
  'capture.settings.title': { zh: '从 CRM 页面读取客户资料', en: 'Reading client details on CRM screens' },
  'capture.settings.help': {
    zh: '打开后，侧边栏在客户页面上读取姓名、性别、出生日期或年龄、开户日期和资产，供您一键填入客户档案中空白的项目。只在侧边栏打开客户卡片时读取，不会覆盖您填写的内容；身份证号、证件号和电话号码从不读取、从不保存。默认关闭，按 CRM 地址分别打开。',
    en: 'When on, the side panel reads the name, gender, birth date or age, account-opening date and assets on a client screen, and offers them to fill the empty fields of the client template in one click. It reads only when the card opens, never overwrites what you typed, and never reads or stores ID-card, document or phone numbers. Off by default; switched on per CRM address.',
  },
  'capture.settings.none': { zh: '还没有可读取的 CRM 地址。', en: 'No CRM address is readable yet.' },
  'capture.settings.offByPolicy': { zh: '管理员已禁止', en: 'Forbidden by your administrator' },

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
  'policy.fieldCaptureAllowed.notABoolean': {
    zh: 'fieldCaptureAllowed 不是 true 或 false：为安全起见，读取客户资料已禁止。',
    en: 'fieldCaptureAllowed is not true or false: to be safe, reading client details is forbidden.',
  },
});
