/** Every UI string is written once here, in both languages side by side, so a missing translation is a type error. */
export interface Entry {
  readonly zh: string;
  readonly en: string;
}

export function defineMessages<const T extends Record<string, Entry>>(messages: T): T {
  return messages;
}
