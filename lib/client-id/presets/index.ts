/** Every built-in preset, one system per file (types.ts says what a preset is; docs/site-rules.md how they apply). */

import { urlMatchesPattern } from '../../origins';
import type { SiteRule } from '../rule-types';
import dolibarr from './dolibarr';
import dynamics365 from './dynamics-365';
import espocrm from './espocrm';
import fineract from './fineract';
import frappe from './frappe';
import odoo from './odoo';
import salesforceLightning from './salesforce-lightning';
import suitecrm from './suitecrm';
import type { Preset } from './types';
import { presetRule } from './types';
import vtiger from './vtiger';
import zohoCrm from './zoho-crm';

export type { Preset } from './types';
export { presetRule } from './types';

export const PRESETS: readonly Preset[] = [
  salesforceLightning,
  dynamics365,
  suitecrm,
  vtiger,
  odoo,
  espocrm,
  zohoCrm,
  frappe,
  dolibarr,
  fineract,
];

/** The presets as the site rules the page script runs, made once. */
export const PRESET_RULES: readonly SiteRule[] = PRESETS.map(presetRule);

/** The preset a rule stands for (by the id presetRule gives it), if any. */
export function presetOf(ruleId: string): Preset | undefined {
  return ruleId.startsWith('preset:') ? PRESETS.find((p) => `preset:${p.id}` === ruleId) : undefined;
}

/**
 * Whether the presets apply on the page at `url`: yes, unless the RM switched them off for its CRM address (`rmOff`)
 * or the bank's policy did (`policyOff`). Both are match patterns as the options list the addresses
 * (`https://crm.bank.example/*`); the policy's `https://*\/*` covers every https address.
 */
export function presetsApply(url: string, rmOff: readonly string[], policyOff: readonly string[]): boolean {
  if (!/^https?:\/\//i.test(url)) return false;
  return !rmOff.some((p) => urlMatchesPattern(url, p)) && !policyOff.some((p) => urlMatchesPattern(url, p));
}

/** The presets as rules for the page at `url` (none where they are off); they come after the bank's and the RM's rules. */
export function presetRulesFor(url: string, rmOff: readonly string[], policyOff: readonly string[]): readonly SiteRule[] {
  return presetsApply(url, rmOff, policyOff) ? PRESET_RULES : [];
}
