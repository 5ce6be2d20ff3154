import type { ComponentChildren } from 'preact';

/** One part of the options page: a titled card that the page's navigation links to by `id` (the page's scroll padding keeps its title clear of the sticky header). */
export function Section(props: { id: string; title: string; intro?: ComponentChildren; children: ComponentChildren }) {
  return (
    <section id={props.id} aria-labelledby={`${props.id}-title`} class="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <h2 id={`${props.id}-title`} class="text-base font-semibold text-slate-900">
        {props.title}
      </h2>
      {props.intro && <p class="mt-0.5 text-sm text-slate-600">{props.intro}</p>}
      <div class="mt-3 space-y-3">{props.children}</div>
    </section>
  );
}
