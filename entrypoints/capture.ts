/**
 * Field capture, injected on demand by the side panel's card (platform/field-capture.ts) into a CRM tab where the RM
 * switched it on: reads the client's name, gender, dates and assets on screen (lib/capture/read.ts) and returns them
 * as text, which the panel checks with zod. Never loaded otherwise; reads only, changes nothing on the page.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureFields } from '@/lib/capture/read';

export default defineUnlistedScript(() => {
  const rules = globalThis.pacerCapture?.rules ?? [];
  globalThis.pacerCapture = undefined;
  try {
    return captureFields(document, { rules });
  } catch {
    return { values: [] };
  }
});
