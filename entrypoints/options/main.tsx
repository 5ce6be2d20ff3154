import { render } from 'preact';
import '@/assets/tailwind.css';
import { ErrorBoundary } from '@/components/options/ErrorBoundary';
import { openDb } from '@/utils/prospects/db';
import { App } from './App';

render(
  <ErrorBoundary>
    <App db={openDb()} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
