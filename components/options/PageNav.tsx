/**
 * The options page's header: the product name (the page's one h1) and links to its sections. It
 * sticks to the top, so the page keeps scroll padding of its height (index.html): a control
 * reached with Tab or a section's link is never scrolled under it.
 */
export function PageNav(props: { sections: readonly { id: string; title: string }[] }) {
  return (
    <header class="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      <div class="mx-auto flex max-w-[110rem] items-center gap-4 px-4 py-2">
        <h1 class="text-base font-semibold text-slate-900">Linkscout</h1>
        <nav aria-label="Sections" class="flex items-center gap-4">
          {props.sections.map((s) => (
            <a key={s.id} href={`#${s.id}`} class="text-sm text-slate-600 hover:text-slate-900 hover:underline">
              {s.title}
            </a>
          ))}
        </nav>
      </div>
    </header>
  );
}
