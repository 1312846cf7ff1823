import { defineMessages } from '../define';

export default defineMessages({
  'options.title': { zh: 'Pacer 设置', en: 'Pacer settings' },
  'options.language.title': { zh: '界面语言', en: 'Language' },
  'options.language.auto': { zh: '跟随浏览器', en: 'Same as the browser' },
  'options.language.zh-CN': { zh: '简体中文', en: '简体中文 (Simplified Chinese)' },
  'options.language.en': { zh: 'English（英语）', en: 'English' },
  'options.profile.title': { zh: '您的姓名和网点', en: 'Your name and branch' },
  'options.profile.help': {
    zh: '外呼话术会先说出您的姓名和网点：客户被教导挂断不报姓名的“银行来电”。只保存在本机。',
    en: 'Outbound scripts open with your name and branch: clients are taught to hang up on anonymous "bank" calls. Kept on this computer only.',
  },
  'options.profile.name': { zh: '您的姓名', en: 'Your name' },
  'options.profile.branch': { zh: '网点名称', en: 'Branch' },
  'options.profile.saved': { zh: '已保存，话术已更新', en: 'Saved; the scripts now use it' },
  'options.rhythm.title': { zh: '客户联系节奏', en: 'Contact rhythm' },
  'options.rhythm.help': {
    zh: '客户卡片会根据联系记录提示：多久没有联系算“睡眠客户”，以及每 1–3 个月有联系的客户。提示需要您确认才会勾选。',
    en: 'From the contact log, the client card suggests when a client looks dormant and when one is in touch every 1–3 months. Nothing is ticked until you confirm.',
  },
  'options.rhythm.dormantAfter': { zh: '多少个月没有联系算睡眠', en: 'Months without contact before “dormant”' },
  'options.rhythm.invalid': { zh: '请输入 {min}–{max} 之间的整数月数', en: 'Enter a whole number of months from {min} to {max}' },
  'options.rhythm.saved': { zh: '已保存', en: 'Saved' },
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
  'policy.title': { zh: '行内策略中的问题', en: 'Problems in the bank’s policy' },
  'policy.help': {
    zh: '行内 IT 下发的策略中有以下内容无效，Pacer 已按下述方式处理。请将此页内容转给行内 IT 修正。',
    en: 'Some of what your bank’s IT set in the policy is not valid; Pacer handles it as described below. Please pass this on to your IT.',
  },
  'policy.crmOrigins.notAList': {
    zh: 'crmOrigins（允许的 CRM 地址）不是地址列表：为安全起见，Pacer 不读取任何 CRM 页面。',
    en: 'crmOrigins (the allowed CRM addresses) is not a list of addresses: to be safe, Pacer reads no CRM page at all.',
  },
  'policy.crmOrigins.invalidOrigin': {
    zh: 'crmOrigins 第 {n} 项“{value}”不是有效的地址格式（应类似 https://crm.bank.example/*），已忽略。',
    en: 'crmOrigins entry {n}, “{value}”, is not an address pattern (like https://crm.bank.example/*); it is ignored.',
  },
  'policy.crmOrigins.noValidOrigin': {
    zh: 'crmOrigins 中没有一项有效地址：Pacer 不读取任何 CRM 页面。',
    en: 'crmOrigins holds no valid address: Pacer reads no CRM page at all.',
  },
  'policy.clientIdPresetsOff.notAList': {
    zh: 'clientIdPresetsOff（关闭内置预设的地址）不是地址列表：为安全起见，所有地址上的内置预设都已关闭。',
    en: 'clientIdPresetsOff (where the built-in presets are off) is not a list of addresses: to be safe, the presets are off everywhere.',
  },
  'policy.clientIdPresetsOff.invalidOrigin': {
    zh: 'clientIdPresetsOff 第 {n} 项“{value}”不是有效的地址格式（应类似 https://crm.bank.example/*），已忽略。',
    en: 'clientIdPresetsOff entry {n}, “{value}”, is not an address pattern (like https://crm.bank.example/*); it is ignored.',
  },
  'policy.clientIdRules.notAList': {
    zh: 'clientIdRules（识别规则）不是规则列表，已忽略。',
    en: 'clientIdRules (the site rules) is not a list of rules; it is ignored.',
  },
  'policy.clientIdRules.invalidRule': {
    zh: 'clientIdRules 第 {n} 条规则无效（{field}），已忽略。',
    en: 'clientIdRules rule {n} is not valid ({field}); it is ignored.',
  },
  'policy.clientIdRules.duplicateRule': {
    zh: 'clientIdRules 第 {n} 条规则的 id“{id}”与前面的规则重复，已忽略。',
    en: 'clientIdRules rule {n} has the id “{id}” of an earlier rule; it is ignored.',
  },
  'options.origins.invalid': {
    zh: '“{input}”不是有效的网页地址：请输入 CRM 的具体地址，例如 crm.bank.local（不能使用 * 通配）。',
    en: '“{input}” is not one web address. Enter the CRM’s own address, such as crm.bank.local (no * wildcards).',
  },
  'options.origins.fromPolicy': { zh: '管理员允许', en: 'Allowed by your administrator' },
  'options.origins.grant': { zh: '授权', en: 'Authorise' },
  'options.origins.notGranted': { zh: '尚未授权，Pacer 还不能读取', en: 'Not authorised yet: Pacer cannot read it' },
  'options.origins.blocked': { zh: '管理员未允许，不读取', en: 'Not allowed by your administrator: not read' },
  'options.origins.denied': { zh: '浏览器未授予该地址的访问权限。', en: 'The browser did not grant access to that address.' },
  'options.saved': { zh: '已保存', en: 'Saved' },
});
