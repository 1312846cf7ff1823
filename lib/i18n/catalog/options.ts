import { defineMessages } from '../define';

export default defineMessages({
  'options.title': { zh: 'Pacer 设置', en: 'Pacer settings' },
  'options.language.title': { zh: '界面语言', en: 'Language' },
  'options.language.auto': { zh: '跟随浏览器', en: 'Same as the browser' },
  'options.language.zh-CN': { zh: '简体中文', en: '简体中文 (Simplified Chinese)' },
  'options.language.en': { zh: 'English（英语）', en: 'English' },
  'options.origins.title': { zh: 'CRM 地址', en: 'CRM addresses' },
  'options.origins.help': {
    zh: 'Pacer 只在这里列出的地址上读取客户号，不会读取其他网站。',
    en: 'Pacer reads client numbers only on the addresses listed here, and on no other site.',
  },
  'options.origins.preset': { zh: '由行内 IT 预置', en: 'Preset by your bank’s IT' },
  'options.origins.granted': { zh: '已授权', en: 'Authorised' },
  'options.origins.none': { zh: '还没有授权任何 CRM 地址。', en: 'No CRM address is authorised yet.' },
  'options.origins.placeholder': { zh: '例如 crm.bank.local 或 http://10.0.0.5:8080', en: 'e.g. crm.bank.local or http://10.0.0.5:8080' },
  'options.origins.add': { zh: '授权此地址', en: 'Authorise this address' },
  'options.origins.remove': { zh: '取消授权', en: 'Revoke' },
  'options.origins.invalid': {
    zh: '“{input}”不是有效的网页地址，请输入类似 crm.bank.local 的地址。',
    en: '“{input}” is not a web address. Enter something like crm.bank.local.',
  },
  'options.origins.fromPolicy': { zh: '管理员允许', en: 'Allowed by your administrator' },
  'options.origins.grant': { zh: '授权', en: 'Authorise' },
  'options.origins.notGranted': { zh: '尚未授权，Pacer 还不能读取', en: 'Not authorised yet: Pacer cannot read it' },
  'options.origins.blocked': { zh: '管理员未允许，不读取', en: 'Not allowed by your administrator: not read' },
  'options.origins.denied': { zh: '浏览器未授予该地址的访问权限。', en: 'The browser did not grant access to that address.' },
  'options.saved': { zh: '已保存', en: 'Saved' },
});
