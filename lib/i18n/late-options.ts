/**
 * The options page's own messages (lib/i18n/index.ts, LateCatalog), registered by the page (components/options/
 * OptionsApp.tsx): the side panel, the popup, the book and the background do not carry them.
 */
import options from './catalog/options';
import { registerMessages } from './index';

export const optionsCatalog = options;
registerMessages(options);
