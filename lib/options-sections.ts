/**
 * The options page's sections, in page order, each with a stable anchor (`options.html#targets`): the panel and
 * the popup open the exact section they refer to, and the page's navigation lists them.
 */
export const OPTIONS_SECTIONS = [
  'language',
  'profile',
  'origins',
  'capture',
  'shortcuts',
  'targets',
  'achievements',
  'checkpoints',
  'calendar',
  'days',
  'indicators',
  'rhythm',
  'rules',
  'presets',
  'import',
  'export',
  'handover',
  'backup',
  'help',
] as const;
export type OptionsSection = (typeof OPTIONS_SECTIONS)[number];

export function isOptionsSection(hash: string): hash is OptionsSection {
  return (OPTIONS_SECTIONS as readonly string[]).includes(hash);
}
