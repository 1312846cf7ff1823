/**
 * The schema of a calendar date (lib/dates.ts), apart from the date arithmetic so that a page can do dates without
 * loading the schemas. In zod/mini, which classic schemas take as parts: the popup's first frame parses with it
 * and loads no more of zod than mini needs (lib/figures-cache.ts).
 */
import * as z from 'zod/mini';

export const IsoDateSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'));
