import { render } from 'preact';
import { t } from '@/lib/i18n';
import { callBackground } from '@/lib/messages/call';
import { App } from './App';

// HTML pages get no __MSG_…__ substitution (only the manifest and CSS do): the title and language come from here.
document.title = t('optTitle');
document.documentElement.lang = t('langCode');

render(<App api={callBackground} />, document.getElementById('app')!);
