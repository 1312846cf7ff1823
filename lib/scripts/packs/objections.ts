/** Pack: objections. Often buying signals; probe the root cause gently (METHOD §5). */
import type { BuiltinScript } from '../types';

export default [
  {
    id: 'obj-more-info',
    tags: { technique: 'objectionRoot', sentiments: ['neutral', 'positive'] },
    title: { zh: '“我再了解了解”', en: '"Let me find out more"' },
    body: {
      zh: '多了解是对的。您最想先弄清楚的是哪一点？我今天就把那部分资料整理好发给您，免得您到处找。',
      en: 'Finding out more is right. Which point would you most like cleared up first? I will put that material together today and send it, so you do not have to hunt for it.',
    },
  },
  {
    id: 'obj-conditions',
    tags: { technique: 'objectionRoot', sentiments: ['neutral', 'positive'] },
    title: { zh: '客户提条件', en: 'The client sets conditions' },
    body: {
      zh: '如果我们能满足您刚才说的这个条件，这件事在您这边还有其他顾虑吗？',
      en: 'If we could meet the condition you just mentioned, would anything else still hold you back?',
    },
  },
  {
    id: 'obj-steered',
    tags: { technique: 'objectionRoot', sentiments: ['resistant', 'neutral'] },
    title: { zh: '不喜欢被推销', en: 'Dislikes being sold to' },
    body: {
      zh: '您放心，今天不是来推荐产品的。我只是把几个选项摆出来，您怎么决定都行，哪怕决定什么都不做。',
      en: 'Rest assured, I am not here to push a product today. I will just lay out a few options; whatever you decide is fine, including doing nothing.',
    },
  },
  {
    id: 'obj-free-funds',
    tags: { technique: 'objectionRoot', sentiments: ['neutral', 'positive'] },
    title: { zh: '“手头没有闲钱”', en: '"No spare money right now"' },
    body: {
      zh: '明白。那大概什么时候会有一笔钱空出来，比如奖金、到期或者回款？到时候我提前一周提醒您，我们再看。',
      en: 'Understood. When might some money free up, a bonus, a maturity, a payment due to you? I will remind you a week before and we can look then.',
    },
  },
  {
    id: 'obj-decision-maker',
    tags: { technique: 'objectionRoot', sentiments: ['neutral', 'positive'] },
    title: { zh: '不是拍板的人', en: 'Not the one who decides' },
    body: {
      zh: '这类事家里一般是谁拿主意？要不下次约个两位都方便的时间，我当面讲一遍，省得您转述辛苦。',
      en: 'Who usually decides these things at home? Shall we find a time that suits you both, so I can explain it in person and save you relaying it?',
    },
  },
  {
    id: 'obj-consult-family',
    tags: { technique: 'objectionRoot', sentiments: ['positive', 'neutral'] },
    title: { zh: '“我回去和家人商量”', en: '"I must discuss it with my family"' },
    body: {
      zh: '和家人商量很应该。我把要点整理成一页纸，方便您回去讲。您觉得家人最可能问哪个问题？我先把答案准备好。',
      en: 'Talking it over with your family is right. I will put the key points on one page for you. What question are they most likely to ask? I will have the answer ready.',
    },
  },
  {
    id: 'obj-no-need',
    tags: { technique: 'objectionRoot', sentiments: ['resistant', 'neutral'], bands: ['low', 'mid'] },
    title: { zh: '确实没有需要', en: 'Truly no need' },
    body: {
      zh: '好的，我记下了，不会反复打扰您。以后有账户或证件方面的事需要帮忙，直接找我就行。',
      en: 'Noted, and I will not keep bothering you. If you ever need help with your account or documents, just come to me directly.',
    },
  },
] satisfies BuiltinScript[];
