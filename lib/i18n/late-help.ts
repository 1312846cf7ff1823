/** The help pages' text (lib/i18n/index.ts, LateCatalog), registered when the help page's content loads. */
import helpPages from './catalog/help-pages';
import { registerMessages } from './index';

export const helpPagesCatalog = helpPages;
registerMessages(helpPages);
