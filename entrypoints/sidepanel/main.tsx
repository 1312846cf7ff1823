import { SidePanelApp } from '@/components/panel/SidePanelApp';
import { mountPage } from '@/components/shared/mount';

// `?tab=<id>` pins the panel to one tab: the pop-out window, and how end-to-end tests open it.
const tabParam = new URLSearchParams(location.search).get('tab');
const boundTabId = tabParam !== null && /^\d+$/.test(tabParam) ? Number(tabParam) : null;

void mountPage(document.getElementById('app')!, () => <SidePanelApp boundTabId={boundTabId} />);
