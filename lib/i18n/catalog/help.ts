/** The help pages' names and the links to them, which the options, the panel and the help page show. */
import { defineMessages } from '../define';

export default defineMessages({
  'help.title': { zh: 'Pacer 帮助', en: 'Pacer help' },
  'help.nav': { zh: '帮助页面', en: 'Help pages' },
  'help.link.siteRules': { zh: 'Pacer 怎样读到客户号？', en: 'How does Pacer find the client number?' },
  'help.link.title': { zh: '帮助', en: 'Help' },
  'help.page.site-rules': { zh: '读取客户号与站点规则', en: 'Reading the client number: site rules' },
  'help.page.managed-policy': { zh: '行内 IT：统一策略配置', en: 'For IT: managed policy' },
  'help.page.pacing': { zh: '节奏规则：月计划与今日差距', en: 'Pacing: the month’s plan and today’s gap' },
});
