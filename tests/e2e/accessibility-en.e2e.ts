/**
 * Accessibility in English: the checks of accessibility.e2e.ts in a browser that prefers English, in a file of
 * its own since a file's browser has one locale.
 */
import { test } from './support/fixture';
import { checkEveryPageState } from './support/page-states';

test.override({ locale: 'en-US' });

checkEveryPageState();
