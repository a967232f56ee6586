import { render } from 'preact';
import { callBackground } from '@/lib/messages/call';
import { App } from './App';

render(<App api={callBackground} />, document.getElementById('app')!);
