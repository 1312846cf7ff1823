import { mountPage } from '@/components/shared/mount';
import { OptionsApp } from '@/components/options/OptionsApp';

void mountPage(document.getElementById('app')!, () => <OptionsApp />);
