import { batch, signal } from '@preact/signals';
import { PopupApp, type PopupState } from '@/components/popup/PopupApp';
import { mountPage } from '@/components/shared/mount';
import type { Reminder } from '@/lib/backup/reminder';
import { addDays, toIsoDate } from '@/lib/calendar/dates';
import { type PacingSnapshot, todaysCopy } from '@/lib/pacing/figures';
import type { Deal } from '@/lib/pipeline';
import { settings, todayFigures } from '@/platform/storage';

// Local date: "today" is the RM's calendar day wherever the machine's clock is set (docs/pacing.md).
const today = toIsoDate(new Date());
const state: PopupState = {
  figures: signal<PacingSnapshot | null>(null),
  fromDatabase: signal(false),
  failed: signal(false),
  meetings: signal<Deal[] | null>(null),
  backupReminder: signal<Reminder | null>(null),
};

// The first frame needs two storage reads, asked for at once: the settings (language) and today's figures as
// last computed. The database and everything it needs load after that frame is painted: loading them sooner
// (~100 ms of script here) would hold it back.
const settingsRead = settings.get();
void todayFigures
  .get()
  .catch(() => null)
  .then(async (copy) => {
    const cached = todaysCopy(copy, today);
    state.figures.value = cached;
    await mountPage(document.getElementById('app')!, () => <PopupApp state={state} />, settingsRead);
    if (cached) await painted();
    try {
      const [{ followTodayFigures }, { followMeetings }, { backupReminderNow }] = await Promise.all([
        import('@/platform/figures'),
        import('@/platform/meetings'),
        import('@/platform/backup'),
      ]);
      void backupReminderNow()
        .then((r) => (state.backupReminder!.value = r))
        .catch(() => undefined);
      followMeetings(today, addDays(today, 1), (deals) => (state.meetings.value = deals));
      followTodayFigures(today, {
        figures: (snapshot) =>
          batch(() => {
            state.figures.value = snapshot;
            state.fromDatabase.value = true;
            state.failed.value = false;
          }),
        error: () => (state.failed.value = true),
      });
    } catch {
      state.failed.value = true;
    }
  });

/** After the next frame is painted; a page that paints no frames (hidden) goes on after 100 ms anyway. */
function painted(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}
