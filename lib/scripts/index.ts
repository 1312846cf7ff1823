/**
 * The built-in script library: one pack per file in ./packs, in the order the card breaks ties.
 * tests/unit/scripts.test.ts keeps the conventions: unique ids, both languages, valid tags, and every
 * script passing the compliance guard.
 */
import afterLoss from './packs/after-loss';
import assetDiscovery from './packs/asset-discovery';
import contactRhythm from './packs/contact-rhythm';
import meetingPrep from './packs/meeting-prep';
import neutral from './packs/neutral';
import objections from './packs/objections';
import positive from './packs/positive';
import resistance from './packs/resistance';
import type { BuiltinScript } from './types';

export const PACKS: Readonly<Record<string, readonly BuiltinScript[]>> = {
  resistance,
  neutral,
  positive,
  afterLoss,
  assetDiscovery,
  objections,
  meetingPrep,
  contactRhythm,
};

export const BUILTIN_SCRIPTS: readonly BuiltinScript[] = Object.values(PACKS).flat();
