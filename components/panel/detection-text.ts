/** "Why this ID", in words: which rule and strategy found the client, or that it was found automatically. */

import { t } from '@/components/shared/i18n';
import { refusalText } from '@/lib/client-id/refusal';
import type { Refusal, Strategy, StrategyKind } from '@/lib/client-id/rule-types';
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

/** Why a rule read no client: "Rule “Core” · label: found “42”: shorter than the rule’s pattern ^\d{10}$". */
export function refusalLine(r: Refusal): string {
  const { key, params } = refusalText(r);
  return t('clientId.refused.why', { rule: r.rule, strategy: strategyName(r.strategy), reason: t(key, params) });
}

export function detectionText(found: Extract<TabClient, { status: 'found' }>): string {
  if (!found.strategy) return found.via; // an older report without the details
  if (found.strategy === 'heuristic' || !found.rule) return t('clientId.via.heuristic', { detail: found.via });
  if (found.preset) return t('clientId.via.preset', { preset: found.rule, strategy: strategyName(found.strategy), detail: found.via });
  return t('clientId.via.rule', { rule: found.rule, strategy: strategyName(found.strategy), detail: found.via });
}
