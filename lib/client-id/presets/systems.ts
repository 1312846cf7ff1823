/**
 * The presets' system names alone, for the settings page: it lists them without loading the presets themselves (their
 * rules and sources are the background's; tests/unit/presets.test.ts keeps this list equal to PRESETS).
 */
export const PRESET_SYSTEMS: readonly string[] = [
  'Salesforce Lightning',
  'Microsoft Dynamics 365',
  'SuiteCRM',
  'vtiger CRM',
  'Odoo',
  'EspoCRM',
  'Zoho CRM',
  'Frappe / ERPNext',
  'Dolibarr',
  'Apache Fineract / Mifos X',
];
