import type { ComponentChildren } from 'preact';

/** A full-panel message: loading, a page that can't be read, or a page with nothing to show. */
export function StatusPanel(props: { title: string; tone?: 'info' | 'warn' | 'error'; testId: string; children?: ComponentChildren }) {
  const tone = props.tone === 'error' ? 'border-red-200 bg-red-50' : props.tone === 'warn' ? 'border-amber-200 bg-amber-50' : 'border-slate-200 bg-slate-50';
  return (
    <div role="status" data-testid={props.testId} class={`rounded-md border p-3 text-sm ${tone}`}>
      <div class="font-semibold text-slate-900">{props.title}</div>
      {props.children && <div class="mt-1 text-slate-700">{props.children}</div>}
    </div>
  );
}
