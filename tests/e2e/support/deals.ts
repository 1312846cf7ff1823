/** Deal rows as the pipeline stores them, for seeding a database (putRows) with exact pacing figures. */

export const WAN = 1_000_000;
/** A day's time stamp at 10:00, local time. */
export const at = (day: string) => new Date(`${day}T10:00:00`).getTime();

/**
 * A deal of client 8800000001 on the demo CRM. A won deal closes on `closed` (by default its expected date); any
 * other is open, last changed on 2026-11-10.
 */
export function dealRow(
  id: string,
  indicator: string,
  amount: number,
  stage: string,
  { expected = '2026-11-25', certainty = 'committed', closed = stage === 'won' ? expected : null }: DealOptions = {},
) {
  const changed = closed ? at(closed) : at('2026-11-10');
  return {
    id,
    origin: 'http://127.0.0.1:8808',
    clientId: '8800000001',
    indicator,
    amount,
    certainty,
    stage,
    expectedDate: expected,
    nextStep: '',
    createdAt: at('2026-11-01'),
    updatedAt: changed,
    closedAt: closed ? changed : null,
  };
}

interface DealOptions {
  expected?: string;
  certainty?: string;
  closed?: string | null;
}
