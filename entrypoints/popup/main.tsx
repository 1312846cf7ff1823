import { mountPage } from '@/components/mount';
import { PopupApp } from '@/components/PopupApp';
import { pacerDb } from '@/lib/db/database';
import { preloadPacing } from '@/platform/pacing';

// The figures wait on the policy cache and the database: start both at once, render when the policy is known.
void preloadPacing(pacerDb()).then((r) => mountPage(document.getElementById('app')!, () => <PopupApp initialPolicy={r.policy} />));
