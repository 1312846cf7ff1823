/**
 * The trust ladder (METHOD §4): twelve rungs of relationship depth. Each rung above the first is reached by
 * a kind of contact; logging that kind of contact while below that rung offers the rung it evidences.
 * Texts: lib/i18n/catalog/ladder.ts (`ladder.rung.<n>` names, `ladder.next.<n>` concrete suggestions).
 */
import * as z from 'zod/mini';

export const RUNGS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
export type Rung = (typeof RUNGS)[number];
export const RungSchema = z.int().check(z.minimum(1), z.maximum(12));

/** What a contact was about: the evidence for a rung. 'routine' is everything else. */
export const CONTACT_PURPOSES = [
  'routine',
  'notice',
  'infoExchange',
  'holidayGreeting',
  'holidayGift',
  'familyOccasion',
  'eventInvite',
  'coaching',
  'productReport',
  'milestone',
  'valuePlan',
  'referral',
] as const;
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

/** The purpose that evidences rung n is PURPOSE_FOR_RUNG[n]. */
const PURPOSE_FOR_RUNG: Record<number, ContactPurpose> = {
  2: 'notice',
  3: 'infoExchange',
  4: 'holidayGreeting',
  5: 'holidayGift',
  6: 'familyOccasion',
  7: 'eventInvite',
  8: 'coaching',
  9: 'productReport',
  10: 'milestone',
  11: 'valuePlan',
  12: 'referral',
};

export function purposeForRung(rung: number): ContactPurpose | null {
  return PURPOSE_FOR_RUNG[rung] ?? null;
}

/** The next rung to work towards, or null at the top. */
export function nextRung(current: number): number | null {
  return current >= 12 ? null : current + 1;
}

/** The rung a kind of contact is the evidence for (null for a routine contact). */
export function rungEvidencedBy(purpose: ContactPurpose): number | null {
  for (const [rung, p] of Object.entries(PURPOSE_FOR_RUNG)) if (p === purpose) return Number(rung);
  return null;
}

/**
 * After logging a contact: the rung it actually evidences, when that is above the client's. A referral logged for
 * a rung-4 client is rung 12's evidence: offering rung 5 would record what did not happen.
 */
export function offerRungUp(current: number | null, purpose: ContactPurpose): number | null {
  const evidenced = rungEvidencedBy(purpose);
  return evidenced !== null && evidenced > (current ?? 1) ? evidenced : null;
}

/** Message keys of a rung's name and of the step from it to the next one (lib/i18n/catalog/ladder.ts). */
export function rungNameKey(rung: number): `ladder.rung.${Rung}` {
  return `ladder.rung.${Math.min(12, Math.max(1, Math.trunc(rung))) as Rung}`;
}
export function nextStepKey(rung: number): `ladder.next.${Exclude<Rung, 12>}` {
  return `ladder.next.${Math.min(11, Math.max(1, Math.trunc(rung))) as Exclude<Rung, 12>}`;
}
