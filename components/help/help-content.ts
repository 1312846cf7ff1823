/** Which sections each help page has (texts: lib/i18n/catalog/help-pages.ts, registered here), and the code and label examples (lib/help-pages.ts), which are not translated. */
import { type HelpPage, LABEL_EXAMPLES, POLICY_EXAMPLE } from '@/lib/help-pages';
import type { MessageKey } from '@/lib/i18n';
import '@/lib/i18n/late-help';

export interface HelpSection {
  title: MessageKey;
  body: MessageKey;
  code?: string;
  params?: Record<string, string>;
}

const sections = (page: HelpPage, n: number, code?: Record<number, string>): HelpSection[] =>
  Array.from({ length: n }, (_, i) => ({
    title: `help.${page}.${i + 1}.title` as MessageKey,
    body: `help.${page}.${i + 1}.body` as MessageKey,
    code: code?.[i + 1],
    params: { labels: LABEL_EXAMPLES },
  }));

export const HELP_CONTENT: Record<HelpPage, HelpSection[]> = {
  'site-rules': sections('site-rules', 4),
  'managed-policy': sections('managed-policy', 3, { 3: POLICY_EXAMPLE }),
  pacing: sections('pacing', 4),
};
