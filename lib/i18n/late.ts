/**
 * The options page's data sections' messages (lib/i18n/index.ts, LateCatalog), registered when this module loads:
 * imported by those sections (components/options/DataSections.tsx) and by the unit tests' setup.
 */
import backup from './catalog/backup';
import handover from './catalog/handover';
import dataImport from './catalog/import';
import type { Entry } from './define';
import { registerMessages } from './index';
import { handoverNotesCatalog } from './late-notes';

export const lateCatalog = { ...backup, ...dataImport, ...handover, ...handoverNotesCatalog } satisfies Record<string, Entry>;
registerMessages(lateCatalog);
