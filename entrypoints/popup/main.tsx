import { mountPage } from '@/components/mount';
import { PopupApp } from '@/components/PopupApp';

void mountPage(document.getElementById('app')!, () => <PopupApp />);
