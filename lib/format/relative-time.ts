/** "3 minutes ago" as a message key and a number, so the card can say when something was set. */
export type Ago = { key: 'time.justNow' } | { key: 'time.minutes' | 'time.hours' | 'time.days'; n: number };

export function ago(then: number, now: number): Ago {
  const minutes = Math.floor(Math.max(0, now - then) / 60_000);
  if (minutes < 1) return { key: 'time.justNow' };
  if (minutes < 60) return { key: 'time.minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return { key: 'time.hours', n: hours };
  return { key: 'time.days', n: Math.floor(hours / 24) };
}
