/** A client's book summary as the book computes it for a new record, with the fields a test sets. */
import { type ClientSummary, summarise } from '@/lib/book/summary';
import { emptyRecord } from '@/lib/client/record';

export const ORIGIN = 'http://127.0.0.1:8808';

/** Client number `88` + `n` on eight digits. */
export const clientNo = (n: number) => `88${String(n).padStart(8, '0')}`;

export function summaryOf(n: number, patch: Partial<ClientSummary> = {}): ClientSummary {
  const clientId = clientNo(n);
  const base = summarise({
    client: { origin: ORIGIN, clientId },
    record: emptyRecord({ origin: ORIGIN, clientId }, 1),
    sentiments: [],
    contacts: [],
    contactCount: 0,
    deals: [],
    demo: false,
  });
  if (!base) throw new Error(`no summary for ${clientId}`);
  return { ...base, ...patch };
}
