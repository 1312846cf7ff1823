/**
 * Accessibility in Chinese (the default): every page in every state an RM meets, light and dark, has no
 * serious or critical axe-core violation. The same checks in English: accessibility-en.e2e.ts (a file's browser
 * has one locale). The checks and the states: support/page-states.ts.
 */
import { checkEveryPageState } from './support/page-states';

checkEveryPageState();
