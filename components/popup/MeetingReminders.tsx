import { locale, t } from '@/components/shared/i18n';
import { toIsoDate } from '@/lib/calendar/dates';
import { formatDate } from '@/lib/format/date';
import { meetingReminder } from '@/lib/meeting-reminder';
import type { Deal } from '@/lib/pipeline';

/** Today's and tomorrow's meetings, across clients: the day before, each one not yet reconfirmed says so. */
export function MeetingReminders(props: { meetings: readonly Deal[] | null }) {
  const today = toIsoDate(new Date());
  const meetings = props.meetings;
  if (!meetings?.length) return null;
  return (
    <section class="pacing-card" data-testid="meeting-reminders">
      <h2 class="pacing-card__name">{t('meeting.upcoming')}</h2>
      <ul class="meeting-reminders">
        {meetings.map((d) => {
          const m = d.meeting!;
          const reminder = meetingReminder(m, today);
          return (
            <li key={d.id} class="small" data-testid="meeting-reminder-item" data-reminder={reminder ?? ''}>
              <span>
                {formatDate(m.date!, locale.value)}
                {m.time ? ` ${m.time}` : ''} · {d.clientId}
                {m.place.trim() ? ` · ${m.place.trim()}` : ''}
              </span>
              {reminder === 'reconfirm' && <strong class="pacing-alert__note">{` ${t('meeting.reminder.reconfirm')}`}</strong>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
