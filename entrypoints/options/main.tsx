import { mountPage } from '@/components/mount';
import { OptionsApp } from '@/components/OptionsApp';

void mountPage(document.getElementById('app')!, () => <OptionsApp />);
