import { HelpApp } from '@/components/help/HelpApp';
import { mountPage } from '@/components/shared/mount';

void mountPage(document.getElementById('app')!, () => <HelpApp />);
