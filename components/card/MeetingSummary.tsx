import { locale, t } from '@/components/shared/i18n';
import { toIsoDate } from '@/lib/calendar/dates';
import { formatDate } from '@/lib/format/date';
import { type MeetingPlan, meetingReminder } from '@/lib/meeting';

/** One line on a deal: when and where the meeting is, and the day before, "reconfirm". */
export function MeetingSummary(props: { plan: MeetingPlan; today: string }) {
  const p = props.plan;
  if (p.outcome)
    return (
      <div class="deal__meeting small muted" data-testid="meeting-summary">
        {t('meeting.outcome.recorded', { date: formatDate(toIsoDate(new Date(p.outcome.recordedAt)), locale.value) })}
      </div>
    );
  const reminder = meetingReminder(p, props.today);
  const kind = t(`meeting.kind.${p.kind}`);
  const when = p.date ? `${formatDate(p.date, locale.value)}${p.time ? ` ${p.time}` : ''}` : null;
  return (
    <div class="deal__meeting small" data-testid="meeting-summary">
      <span>
        {when === null
          ? t('meeting.unscheduled')
          : p.place.trim()
            ? t('meeting.summaryPlace', { when, place: p.place.trim(), kind })
            : t('meeting.summary', { when, kind })}
        {when !== null && !p.reconfirmed && <span class="muted">{` · ${t('meeting.notReconfirmed')}`}</span>}
      </span>
      {reminder && (
        <span
          class={`chip ${reminder === 'reconfirm' ? 'chip--warn' : 'chip--meeting'}`}
          role="status"
          data-testid="meeting-reminder"
          data-reminder={reminder}
        >
          {t(reminder === 'reconfirm' ? 'meeting.reminder.reconfirm' : 'meeting.reminder.today')}
        </span>
      )}
    </div>
  );
}
