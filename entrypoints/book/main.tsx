import { BookApp } from '@/components/book/BookApp';
import { mountPage } from '@/components/shared/mount';
import { toIsoDate } from '@/lib/calendar/dates';

// Local date: "today" is the RM's calendar day (docs/pacing.md).
void mountPage(document.getElementById('app')!, () => <BookApp today={toIsoDate(new Date())} />);
