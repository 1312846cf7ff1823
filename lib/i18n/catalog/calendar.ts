import { defineMessages } from '../define';

export default defineMessages({
  'calendar.title': { zh: '节假日与调休', en: 'Holidays and make-up working days' },
  'calendar.help': {
    zh: '每年的调休安排通常在上一年 11 月前后公布。新的安排可以由行里的 IT 推送，或由您在这里导入，无需等待 Pacer 更新。',
    en: 'Each year’s make-up working days are usually published around November of the year before. IT can push them, or you can import them here, without waiting for a new Pacer.',
  },
  'calendar.source.builtin': { zh: 'Pacer 内置', en: 'built into Pacer' },
  'calendar.source.policy': { zh: '行里推送', en: 'pushed by your bank' },
  'calendar.source.own': { zh: '您导入的', en: 'imported by you' },
  'calendar.confirmed': { zh: '已确认', en: 'confirmed' },
  'calendar.provisional': { zh: '暂定：调休尚未公布', en: 'provisional: make-up days not yet published' },
  'calendar.yearLine': { zh: '{year} 年', en: '{year}' },
  'calendar.days': { zh: '休 {off} 天 · 调休上班 {on} 天', en: '{off} days off · {on} make-up working days' },
  'calendar.import': { zh: '导入日历 JSON', en: 'Import calendar JSON' },
  'calendar.imported': { zh: '已导入：{years}，本月计划已按新日历重算', en: 'Imported: {years}. This month’s plan now follows it' },
  'calendar.importFailed': { zh: '日历文件没有导入，什么也没有改变：', en: 'The calendar file was not imported; nothing changed:' },
  'calendar.removeOwn': { zh: '删除我导入的 {year} 年', en: 'Remove my {year} import' },
  'calendar.shadowed': {
    zh: '您导入的 {year} 年未生效：行里推送的数据优先',
    en: 'Your {year} import is not in force: the data your bank pushed comes first',
  },
  'calendar.unconfirmed': {
    zh: '{years} 年调休尚未确认，本月计划可能还会变化',
    en: '{years} make-up working days not yet confirmed: the plan may still change',
  },
  'calendar.error.json': { zh: '不是有效的 JSON 文件', en: 'This is not a valid JSON file' },
  'calendar.error.tooLarge': { zh: '文件太大（上限 200 KB），不像日历文件', en: 'The file is too large (limit 200 KB) to be a calendar' },
  'calendar.error.file': { zh: '文件', en: 'file' },
  'calendar.error.year': { zh: '{year} 年', en: 'year {year}' },
  'calendar.error.entry': { zh: '第 {n} 项', en: 'entry {n}' },
  'calendar.error.notADate': { zh: '不是存在的日期', en: 'not a real date' },
  'calendar.error.otherYear': { zh: '有日期不在这一年内', en: 'a date falls outside this year' },
  'calendar.error.onNotWeekend': {
    zh: '调休上班日（on）必须是周六或周日',
    en: 'make-up working days (on) must be Saturdays or Sundays',
  },
  'calendar.error.bothOnAndOff': { zh: '同一天不能既放假又上班', en: 'a day cannot be both off and on' },
  'calendar.error.duplicateYear': { zh: '同一年出现了两次', en: 'the same year appears twice' },
});
