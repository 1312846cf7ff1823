/** The script library in force: built-ins in the RM's language, with the RM's edits, hides and own scripts applied. */
import type { Locale } from '../i18n';
import type { BuiltinScript, Script, ScriptEdit } from './types';

export function effectiveLibrary(builtins: readonly BuiltinScript[], edits: readonly ScriptEdit[], locale: Locale): Script[] {
  const byId = new Map(edits.map((e) => [e.id, e]));
  const lang = locale === 'en' ? 'en' : 'zh';
  const out: Script[] = builtins.map((b) => {
    const e = byId.get(b.id);
    const reworded = e && e.kind === 'override' && (e.title !== null || e.body !== null);
    return {
      id: b.id,
      title: (e?.kind === 'override' && e.title) || b.title[lang],
      body: (e?.kind === 'override' && e.body) || b.body[lang],
      tags: b.tags,
      origin: reworded ? 'edited' : 'builtin',
      hidden: e?.hidden ?? false,
    };
  });
  for (const e of edits) {
    if (e.kind !== 'own' || !e.tags) continue;
    out.push({ id: e.id, title: e.title ?? '', body: e.body ?? '', tags: e.tags, origin: 'own', hidden: e.hidden });
  }
  return out;
}
