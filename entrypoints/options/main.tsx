import { OptionsApp } from '@/components/options/OptionsApp';
import { mountPage } from '@/components/shared/mount';

void mountPage(document.getElementById('app')!, () => <OptionsApp />);
