/** Which clients a handover takes: all, one cell of the nine-cell grid (METHOD §3c), the numbers given, or one client. */
import type { ClientRecord } from '../client/record';
import { type Band, bandOf, effectiveScore } from '../familiarity';
import type { Sentiment } from '../sentiment';

export type HandoverScope =
  | { kind: 'all' }
  | { kind: 'cell'; band: Band; sentiment: Sentiment }
  | { kind: 'ids'; ids: readonly string[] }
  /** The client on a card: of that CRM only. */
  | { kind: 'client'; origin: string; clientId: string };

/** Client numbers as typed: one a line, or separated by commas, spaces or 、. */
export const parseIds = (text: string) => [...new Set(text.split(/[\s,，、;；]+/).filter(Boolean))];

export function inScope(scope: HandoverScope): (c: ClientRecord, sentiment: Sentiment | null) => boolean {
  if (scope.kind === 'all') return () => true;
  if (scope.kind === 'client') return (c) => c.origin === scope.origin && c.clientId === scope.clientId;
  if (scope.kind === 'ids') {
    const ids = new Set(scope.ids);
    return (c) => ids.has(c.clientId);
  }
  return (c, sentiment) => {
    const score = effectiveScore(c.familiarity);
    return score !== null && bandOf(score.score) === scope.band && sentiment === scope.sentiment;
  };
}
