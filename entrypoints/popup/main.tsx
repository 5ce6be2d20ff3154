import { render } from 'preact';
import '@/assets/tailwind.css';
import { App } from './App';

render(<App />, document.getElementById('app')!);
