/**
 * The bundled help pages' text (components/help), for the RM and the bank's IT, in both languages: registered by the
 * help page when it loads (lib/i18n/late-help.ts), so no other page carries it.
 */
import { defineMessages } from '../define';

export default defineMessages({
  'help.site-rules.1.title': { zh: 'Pacer 在哪里读、读什么', en: 'Where Pacer reads, and what' },
  'help.site-rules.1.body': {
    zh: 'Pacer 只在设置里“CRM 地址”列出并已授权的网址上读取客户号，别的网站一概不读。它只读取客户号本身：在屏幕上能看到的、唯一的一个客户号。\n没有规则时，Pacer 会找“{labels}”等常见标签旁边的值；屏幕上如果同时出现两个不同的客户号（例如客户列表），就显示“没有识别到客户”，不会猜。',
    en: 'Pacer reads client numbers only on the addresses listed and authorised under “CRM addresses” in the settings, never on other sites. It reads the client number alone: the one number the screen shows.\nWithout a rule, Pacer looks for a value beside common labels such as {labels}; a screen showing two different numbers (a list of clients, say) reads as “no client” rather than a guess.',
  },
  'help.site-rules.2.title': { zh: '教 Pacer 认识一个页面', en: 'Teaching Pacer a screen' },
  'help.site-rules.2.body': {
    zh: '在侧边栏显示“没有识别到客户”的页面上，点“教 Pacer 认识这个页面”，再点 CRM 页面上的客户号。Pacer 会提出一条规则（按标签或按页面元素读取，只保留在这个页面上正好读出您点的那个号码的方式），并附上这个页面的地址范围和号码格式。核对名称和地址后保存，以后可以在设置里修改。',
    en: 'On a screen where the panel shows “no client”, click “Teach Pacer this screen”, then click the client number on the CRM page. Pacer proposes a rule (by the label or by the page element, each kept only if it reads exactly the number you clicked) with an address pattern for the screen and the number’s shape. Check the name and the address, then save; edit it later in the settings.',
  },
  'help.site-rules.3.title': { zh: '规则文件：测试、导入、导出', en: 'Rules files: test, import, export' },
  'help.site-rules.3.body': {
    zh: '设置的“识别规则”里可以在当前页面测试一条规则，看它读出什么；也可以导入或导出 JSON 规则文件。一个文件里只要有一条规则无效，整个文件都不导入，并指出是哪条规则的哪个字段；超过 1 MB 的文件、或会让您的规则超过 200 条的文件也不导入。\n规则由地址范围（可用 *，最多 8 个）、读取方式（标签、页面元素、地址中的号码）和可选的号码格式组成。可能让页面卡住的写法（如 (a+)+、.*a.*b）会被拒绝。',
    en: 'In the settings’ “Site rules”, test a rule on the current page to see what it reads, and import or export rules as JSON. A file with any invalid rule is refused whole, naming the rule and field at fault; so is a file over 1 MB, or one that would take your own rules past 200.\nA rule has address patterns (with *, at most 8), ways to read (a label, a page element, a number in the address) and an optional number shape. Patterns that could hang a page, such as (a+)+ or .*a.*b, are refused.',
  },
  'help.site-rules.4.title': { zh: '为什么没有读到？', en: 'Why was nothing read?' },
  'help.site-rules.4.body': {
    zh: '• 这个网址不在“CRM 地址”里，或还没有授权，或行里的策略不允许。\n• 号码被隐藏（不可见的元素不会被读取），或屏幕上有两个不同的号码。\n• 号码里夹着改变显示顺序的不可见字符，或按从右到左显示：屏幕上看到的和实际存的可能不是同一个号码，Pacer 因此不读。\n• 侧边栏会写明号码是怎么找到的（“自动识别 · 标签‘客户号’”或“规则‘…’”），读错时一眼就能看出原因。',
    en: '• The address is not among the CRM addresses, is not authorised yet, or your bank’s policy does not allow it.\n• The number is hidden (nothing invisible is read), or the screen shows two different numbers.\n• Invisible characters that change the display order sit inside the number, or it is set right to left: what you see may not be what is stored, so Pacer does not read it.\n• The panel says how the number was found (“auto · label …” or “rule …”), so a wrong setup shows at a glance.',
  },

  'help.managed-policy.1.title': { zh: '用企业策略统一配置 Pacer', en: 'Configuring Pacer for every RM' },
  'help.managed-policy.1.body': {
    zh: '行内 IT 可以通过浏览器的扩展程序企业策略（storage.managed）为所有客户经理统一配置 Pacer。策略设置的内容在客户经理的设置页里显示为只读。Windows 上用组策略或 Intune 写入 Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<扩展 ID>\\policy（Edge 为 Microsoft\\Edge）；Linux 上把 JSON 文件放进 /etc/opt/chrome/policies/managed/。在 chrome://policy 检查结果。',
    en: 'The bank’s IT can configure Pacer for every RM through the browser’s extension policy (storage.managed); what the policy sets shows read-only in the RM’s settings. On Windows, use Group Policy or Intune under Software\\Policies\\Google\\Chrome\\3rdparty\\extensions\\<extension id>\\policy (Edge: Microsoft\\Edge); on Linux, put a JSON file in /etc/opt/chrome/policies/managed/. Check the result at chrome://policy.',
  },
  'help.managed-policy.2.title': { zh: '可以设置的项目', en: 'What the policy sets' },
  'help.managed-policy.2.body': {
    zh: '• crmOrigins：Pacer 可以读取的 CRM 网址；设置后只在这些网址读取，空列表表示关闭读取，格式错误时同样关闭（宁可不读，不乱读）。\n• clientIdRules：站点规则，格式与规则文件相同，优先于客户经理自己的规则。\n• pacing：指标、每周检查点、月度目标，以及节假日与调休（calendar：某一年的休息日和调休上班日，可在国务院公布当天推送，无需等待 Pacer 新版本）。\n• prohibitedWordings：合规检查额外禁止的用语，加在内置清单之上。\n设置页顶部会列出策略里无法使用的内容，方便客户经理转告 IT。',
    en: '• crmOrigins: the CRM addresses Pacer may read; once set, Pacer reads only there; an empty list switches reading off, and so does a malformed value (it fails closed).\n• clientIdRules: site rules in the rules-file format, ahead of the RM’s own.\n• pacing: indicators, weekly checkpoints, monthly targets, and the holiday calendar (calendar: a year’s days off and make-up working days, pushed the day the notice is published, no new Pacer needed).\n• prohibitedWordings: extra wordings the compliance guard catches, on top of the built-in list.\nThe settings page lists at its top whatever in the policy it cannot use, so the RM can pass it on to IT.',
  },
  'help.managed-policy.3.title': { zh: '示例', en: 'Example' },
  'help.managed-policy.3.body': {
    zh: '下面的策略允许一个 CRM 地址、推送一条站点规则、下达 11 月的投资目标（以分为单位），并推送 2027 年的节假日安排：',
    en: 'This policy allows one CRM address, pushes one site rule, sets November’s investment target (in fen) and pushes the 2027 holiday calendar:',
  },

  'help.pacing.1.title': { zh: '前置的月计划', en: 'A front-loaded month' },
  'help.pacing.1.body': {
    zh: '金额类指标按前置节奏推进：第 1 周末完成 60%，第 2 周末 80%，第 3 周末 100%，第 4 周留给活动率和下月储备。笔数类指标默认 50/75/90/100，第 4 周还会继续增长。每个指标的检查点都可以在设置里调整，行里也可以统一下达。\n“周”按本月的工作日划分：不足 3 个工作日的一周并入下一周（月底并入上一周），超过 4 周的部分并入第 4 周。',
    en: 'Amount indicators follow a front-loaded plan: 60 % by the end of week 1, 80 % by week 2, 100 % by week 3, with week 4 left for the activity rate and next month’s reservation. Count indicators default to 50/75/90/100 and keep growing in week 4. Each indicator’s checkpoints can be changed in the settings, or set by the bank.\nWeeks are built from the month’s working days: a week of fewer than 3 working days joins the next (at the month’s end, the previous), and anything past four weeks joins week 4.',
  },
  'help.pacing.2.title': { zh: '今天的差距', en: 'Today’s gap' },
  'help.pacing.2.body': {
    zh: '弹窗里的“差距”是按前置计划截至今天应完成的累计数，减去已完成数（本月成交、手工记录的业绩，加上上月超额结转）。“今天本身需完成”是今天这一天在计划里的份额。还会显示均匀进度作为参照、按把握加权的商机覆盖、按目前节奏的预计完成情况。',
    en: 'The popup’s gap is what the front-loaded plan has due by the end of today, minus what is achieved (this month’s won deals and manual entries, plus last month’s surplus carried in). “Today itself needs” is today’s own slice of the plan. The even baseline, certainty-weighted pipeline coverage and the projection at the pace so far are shown beside it.',
  },
  'help.pacing.3.title': { zh: '第一周开单、第三四周储备', en: 'Open in week 1, reserve in weeks 3–4' },
  'help.pacing.3.body': {
    zh: '• 到本月第 3 个工作日，某个指标还没有本月自己的业绩，弹窗会先提醒“还没开单”：月中才着急，容易变得急躁。\n• 第 3 周起（月底最后一周按第 4 周算），弹窗显示下月储备：本月超额部分，以及预计下月成交的商机（按把握加权），对照下月目标的 10–20%（第 3 周）或 20–50%（第 4 周）。',
    en: '• From the month’s third working day, an indicator with none of this month’s own business yet is flagged first in the popup: an RM at zero mid-month grows anxious and pushy.\n• From week 3 (a month’s last week counts as week 4), the popup shows next month’s reservation: this month’s surplus and the deals expected next month, certainty-weighted, against 10–20 % (week 3) or 20–50 % (week 4) of next month’s target.',
  },
  'help.pacing.4.title': { zh: '工作日与节假日', en: 'Working days and holidays' },
  'help.pacing.4.body': {
    zh: '工作日依次按：您自己标记的休息或上班日；当年的调休上班日；法定节假日；其余周一至周五上班。节假日数据可以来自 Pacer 内置、行里推送或您在设置里导入；尚未确认的年份（例如调休还没公布）会在弹窗和设置里标明，数据一到，本月计划立即重算。',
    en: 'A day is a working day by, in order: your own marks (a day off or on); the year’s make-up working days; public holidays; otherwise Monday to Friday. Holiday data comes built into Pacer, pushed by your bank, or imported in the settings; a year not yet confirmed (make-up days not published) is marked in the popup and the settings, and the month’s plan recomputes the moment the data arrives.',
  },
});
