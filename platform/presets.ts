/**
 * The RM's switch for the built-in presets, per CRM address (lib/client-id/presets/). Only the settings page uses it:
 * kept apart from site-rules.ts so the side panel, which shares that module, does not carry it.
 */
import { exclusively } from './exclusive';
import { presetsOff } from './storage';

/** The CRM addresses on which the RM switched the built-in presets off. */
export function readPresetsOff(): Promise<string[]> {
  return presetsOff.get();
}

/** Switches the presets on or off for one CRM address (a match pattern), alone, as the RM's rules are changed. */
export function setPresetsOn(pattern: string, on: boolean): Promise<string[]> {
  return exclusively('pacer-presets-off', async () => {
    const now = (await presetsOff.get()).filter((p) => p !== pattern);
    const next = on ? now : [...now, pattern].sort();
    await presetsOff.set(next);
    return next;
  });
}

export function watchPresetsOff(onChange: (off: string[]) => void): () => void {
  return presetsOff.watch(onChange);
}
