/** The options page's header: the product name and links to its sections. */
export function PageNav(props: { sections: readonly { id: string; title: string }[] }) {
  return (
    <header class="sticky top-0 z-20 border-b border-slate-200 bg-white/95 backdrop-blur">
      <nav aria-label="Sections" class="mx-auto flex max-w-[110rem] items-center gap-4 px-4 py-2">
        <span class="font-semibold text-slate-900">Linkscout</span>
        {props.sections.map((s) => (
          <a key={s.id} href={`#${s.id}`} class="text-sm text-slate-600 hover:text-slate-900 hover:underline">
            {s.title}
          </a>
        ))}
      </nav>
    </header>
  );
}
