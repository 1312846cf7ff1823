/** The card's handover notes' messages (lib/i18n/index.ts, LateCatalog), registered when the notes load. */
import notes from './catalog/handover-notes';
import { registerMessages } from './index';

export const handoverNotesCatalog = notes;
registerMessages(notes);
