/** Which script the RM is editing (or 'new'): the top script's "edit" opens the editor in the full list. */
import { signal } from '@preact/signals';

export const scriptEditing = signal<string | 'new' | null>(null);
