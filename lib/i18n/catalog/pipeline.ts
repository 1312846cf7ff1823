import { defineMessages } from '../define';

export default defineMessages({
  'stage.invited': { zh: '已邀约', en: 'Invited' },
  'stage.meeting': { zh: '已约见', en: 'Meeting set' },
  'stage.met': { zh: '已表达意向', en: 'Intent expressed' },
  'stage.won': { zh: '已成交', en: 'Won' },
  'stage.lost': { zh: '未成交', en: 'Lost' },
  'certainty.committed': { zh: '已承诺时间金额', en: 'Committed: date and amount' },
  'certainty.thinking': { zh: '积极，考虑中', en: 'Positive, thinking it over' },
  'certainty.consult': { zh: '需与他人商量', en: 'Must consult others' },
});
