/** "Why this ID", in words: which rule and strategy found the client, or that it was found automatically. */

import { t } from '@/components/shared/i18n';
import type { Strategy, StrategyKind } from '@/lib/client-id/rule-types';
import type { TabClient } from '@/lib/client-id/tab-client';

export function strategyName(kind: StrategyKind): string {
  return t(`clientId.strategy.${kind}`);
}

/** One strategy of a rule, for lists: "label “客户号”", "page element “#cust”". */
export function strategyText(s: Strategy): string {
  const detail =
    s.kind === 'url' ? s.pattern : s.kind === 'selector' ? s.selector + (s.attribute ? ` @${s.attribute}` : '') : s.labels.join(' / ');
  return `${strategyName(s.kind)} “${detail}”`;
}

export function detectionText(found: Extract<TabClient, { status: 'found' }>): string {
  if (!found.strategy) return found.via; // an older report without the details
  if (found.strategy === 'heuristic' || !found.rule) return t('clientId.via.heuristic', { detail: found.via });
  return t('clientId.via.rule', { rule: found.rule, strategy: strategyName(found.strategy), detail: found.via });
}
