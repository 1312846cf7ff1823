// @ts-check
/**
 * The demo CRM's screens, in the style of a Chinese core-banking front end of the 2000s: table layouts,
 * label/value grids, a frameset "classic" mode, and plenty of numbers that are *not* the client number.
 */

/** Every value placed into HTML goes through here. @param {unknown} value */
export function esc(value) {
  return String(value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const money = (/** @type {number} */ n) => n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const STYLE = `
body{margin:0;font:12px/1.5 "SimSun","宋体","Noto Sans CJK SC",sans-serif;background:#e9eef5;color:#000}
.banner{background:linear-gradient(#2d5b9a,#1c3f73);color:#fff;padding:6px 12px;display:flex;justify-content:space-between}
.banner b{font-size:15px;letter-spacing:2px}
.menu{background:#c9d6e8;border-bottom:1px solid #8aa2c4;padding:3px 12px}
.menu a{margin-right:14px;color:#123d7a;text-decoration:none}
.menu a:hover{text-decoration:underline}
.content{padding:10px 14px}
h2{font-size:13px;background:#d5e1f0;border:1px solid #9fb4d3;margin:10px 0 0;padding:3px 8px}
table{border-collapse:collapse;background:#fff}
table.form{width:100%;max-width:880px}
table.form th{background:#eef3fa;text-align:right;font-weight:normal;width:110px;color:#333}
table.form th,table.form td,table.grid th,table.grid td{border:1px solid #9fb4d3;padding:3px 6px}
table.grid{width:100%;max-width:880px}
table.grid th{background:#d5e1f0;font-weight:normal}
.num{font-family:"Courier New",monospace}
.btn{border:1px solid #6d87ad;background:linear-gradient(#fff,#dde6f2);padding:1px 10px;font-size:12px}
.foot{color:#666;margin-top:14px}
.tip{color:#a00}
`;

/** @param {{ title: string, body: string, chrome?: boolean }} p */
export function page({ title, body, chrome = true }) {
  const nav = chrome
    ? `<div class="banner"><b>星河银行 综合业务系统 V3.2</b><span>操作员：A0321（客户经理）｜机构：上海分行营业部｜日期：2026-11-23</span></div>
<div class="menu"><a href="/crm/index">工作台</a><a href="/crm/clients">客户查询</a><a href="/classic/">经典界面（框架版）</a><a href="#">产品中心</a><a href="#">报表</a><a href="#">退出</a></div>`
    : '';
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>${nav}<div class="content">${body}</div></body></html>`;
}

/** @param {import('./clients.mjs').Client[]} clients */
export function dashboard(clients) {
  const top = [...clients].sort((a, b) => b.aum - a.aum).slice(0, 5);
  return page({
    title: '工作台 - 综合业务系统',
    body: `<h2>今日工作台</h2>
<table class="form"><tr><th>管户客户数</th><td>${clients.length}</td><th>本月新开户</th><td>3</td></tr>
<tr><th>待办事项</th><td>7</td><th>到期理财</th><td>4 笔</td></tr>
<tr><th>机构号</th><td class="num">310000123</td><th>柜员号</th><td class="num">A0321</td></tr></table>
<h2>资产排名前五</h2>
<table class="grid"><tr><th>客户姓名</th><th>客户等级</th><th>资产合计（元）</th></tr>
${top.map((c) => `<tr><td><a href="/crm/client?cust=${esc(c.clientNo)}">${esc(c.name)}</a></td><td>${esc(c.level)}</td><td class="num">${money(c.aum)}</td></tr>`).join('')}
</table>
<p class="foot">提示：请勿在公共场所展示客户信息。</p>`,
  });
}

/** @param {import('./clients.mjs').Client[]} clients @param {string} q */
export function clientList(clients, q) {
  const shown = q ? clients.filter((c) => c.name.includes(q) || c.clientNo.includes(q) || c.mobile.includes(q)) : clients;
  return page({
    title: '客户查询 - 综合业务系统',
    body: `<h2>客户查询</h2>
<form method="get" action="/crm/clients" style="margin:6px 0">客户姓名/客户号/手机号：<input name="q" value="${esc(q)}"> <button class="btn">查询</button></form>
<table class="grid" id="client-list"><tr><th>序号</th><th>客户号</th><th>客户姓名</th><th>性别</th><th>客户等级</th><th>手机号码</th><th>开户网点</th><th>操作</th></tr>
${shown
  .map(
    (c, i) =>
      `<tr><td>${i + 1}</td><td class="num">${esc(c.clientNo)}</td><td>${esc(c.name)}</td><td>${c.gender}</td><td>${esc(c.level)}</td><td class="num">${esc(c.mobile)}</td><td>${esc(c.branch)}</td><td><a href="/crm/client?cust=${esc(c.clientNo)}">查看</a></td></tr>`,
  )
  .join('')}
</table><p class="foot">共 ${shown.length} 条记录</p>`,
  });
}

/** @param {import('./clients.mjs').Client} c @param {{ chrome?: boolean, colon?: boolean }} [opts] */
export function clientDetail(c, opts = {}) {
  const label = (/** @type {string} */ s) => (opts.colon ? `${s}：` : s);
  return page({
    title: `客户信息 - ${c.name}`,
    chrome: opts.chrome ?? true,
    body: `<h2>客户基本信息</h2>
<table class="form" id="client-basic">
<tr><th>${label('客户号')}</th><td class="num">${esc(c.clientNo)}</td><th>${label('客户姓名')}</th><td>${esc(c.name)}</td></tr>
<tr><th>${label('性别')}</th><td>${c.gender}</td><th>${label('出生日期')}</th><td>${esc(c.birth)}（${c.age} 岁）</td></tr>
<tr><th>${label('证件类型')}</th><td>居民身份证</td><th>${label('证件号码')}</th><td class="num">${esc(c.idCard)}</td></tr>
<tr><th>${label('手机号码')}</th><td class="num">${esc(c.mobile)}</td><th>${label('固定电话')}</th><td class="num">${esc(c.phone)}</td></tr>
<tr><th>${label('开户日期')}</th><td>${esc(c.openDate)}</td><th>${label('开户网点')}</th><td>${esc(c.branch)}</td></tr>
<tr><th>${label('客户等级')}</th><td>${esc(c.level)}</td><th>${label('资产合计')}</th><td class="num">${money(c.aum)} 元</td></tr>
<tr><th>${label('管户经理')}</th><td>${esc(c.manager)}</td><th>${label('内部序号')}</th><td class="num">${c.rowId}</td></tr>
</table>
<h2>账户信息</h2>
<table class="grid"><tr><th>账号</th><th>账户类型</th><th>币种</th><th>余额（元）</th></tr>
${c.accounts.map((a) => `<tr><td class="num">${esc(a.account)}</td><td>${esc(a.type)}</td><td>${esc(a.currency)}</td><td class="num">${money(a.balance)}</td></tr>`).join('')}
</table>
<h2>理财及保险持仓</h2>
<table class="grid"><tr><th>产品名称</th><th>持有金额（元）</th><th>购买日期</th></tr>
${c.holdings.length ? c.holdings.map((h) => `<tr><td>${esc(h.name)}</td><td class="num">${money(h.amount)}</td><td>${esc(h.since)}</td></tr>`).join('') : '<tr><td colspan="3">无持仓</td></tr>'}
</table>
<p class="foot"><button class="btn">打印</button> <button class="btn">修改资料</button> <a href="/crm/clients">返回列表</a></p>`,
  });
}

export function classicFrameset() {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>综合业务系统（经典界面）</title></head>
<frameset rows="56,*" frameborder="1">
  <frame name="top" src="/classic/top" scrolling="no">
  <frameset cols="190,*">
    <frame name="menu" src="/classic/menu">
    <frame name="main" src="/classic/welcome">
  </frameset>
</frameset></html>`;
}

export function classicTop() {
  return page({
    title: 'top',
    chrome: false,
    body: '<b style="font-size:15px;color:#1c3f73">星河银行 综合业务系统（经典界面）</b>　操作员：A0321',
  });
}

/** @param {import('./clients.mjs').Client[]} clients */
export function classicMenu(clients) {
  return page({
    title: 'menu',
    chrome: false,
    body: `<b>我的客户</b><ul style="padding-left:16px">${clients
      .slice(0, 20)
      .map((c) => `<li><a target="main" href="/classic/client?cust=${esc(c.clientNo)}">${esc(c.name)}</a></li>`)
      .join('')}</ul>`,
  });
}

export function classicWelcome() {
  return page({ title: 'welcome', chrome: false, body: '<p class="tip">请在左侧菜单选择客户。</p>' });
}

export function notFound() {
  return page({ title: '未找到', body: '<p class="tip">未找到该客户，请核对客户号。</p>' });
}
