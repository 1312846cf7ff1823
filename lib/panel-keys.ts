/**
 * The side panel's single-key actions (the card's first screen, by keyboard). Single keys, because the RM's hands
 * are between two calls, not on a chord; never while typing in a field, and never with Ctrl, Alt or Meta held (the
 * browser's and the CRM's own shortcuts keep working).
 */
export const PANEL_KEYS = {
  c: 'copyScript',
  n: 'nextScript',
  p: 'addDeal',
  l: 'logContact',
  j: 'nextSection',
  k: 'previousSection',
  '?': 'help',
} as const;
export type PanelAction = (typeof PANEL_KEYS)[keyof typeof PANEL_KEYS];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** The focused element is a text field, a select or an editable region. */
  inField: boolean;
}

export function panelAction(press: KeyPress): PanelAction | null {
  if (press.inField || press.ctrlKey || press.altKey || press.metaKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  // Own keys only: 'constructor' or '__proto__' must not reach Object.prototype.
  return Object.hasOwn(PANEL_KEYS, key) ? (PANEL_KEYS as Record<string, PanelAction>)[key]! : null;
}
