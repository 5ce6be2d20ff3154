import { useMemo, useRef, useState } from 'preact/hooks';
import { CanonicalLine } from '@/components/CanonicalLine';
import { HighlightToggle } from '@/components/HighlightToggle';
import { LinkDetails } from '@/components/LinkDetails';
import { LinkFilterBar } from '@/components/LinkFilterBar';
import { LinkList } from '@/components/LinkList';
import { MentionsPanel } from '@/components/MentionsPanel';
import { PageTypeLine } from '@/components/PageTypeLine';
import { SaveProspect } from '@/components/SaveProspect';
import { StatusPanel } from '@/components/StatusPanel';
import { Summary } from '@/components/Summary';
import { VerdictPanel } from '@/components/VerdictPanel';
import type { HighlightKind, InspectErrorKind } from '@/utils/messaging/protocol';
import { filterLinks, isFiltered, NO_FILTERS, type LinkFilters } from '@/utils/popup/filters';
import { showOnPage } from '@/utils/popup/on-page';
import { useInspection } from '@/utils/popup/use-inspection';
import { isWebUrl } from '@/utils/urls';
import type { ScoredLink } from '@/utils/scoring/types';

const ERROR_TITLES: Record<InspectErrorKind, string> = {
  restricted: 'Linkscout can’t read this page',
  'no-access': 'No access to this page',
  'not-html': 'Not a web page',
  'inject-failed': 'The page could not be read',
  'no-response': 'The page did not answer',
  'invalid-report': 'The page sent an invalid report',
  superseded: 'The page was inspected again',
};

export function App() {
  const state = useInspection();
  const [filters, setFilters] = useState<LinkFilters>(NO_FILTERS);
  const [selected, setSelected] = useState<ScoredLink | null>(null);
  const [revealNote, setRevealNote] = useState<string | null>(null);
  // Bumped when the page is saved from the mentions panel, so the save bar reads it again.
  const [savedVersion, setSavedVersion] = useState(0);
  const [highlight, setHighlight] = useState<{ on: boolean; counts: Record<HighlightKind, number> | null; note?: string }>({ on: false, counts: null });

  const searchRef = useRef<HTMLInputElement>(null);

  const links = state.phase === 'report' ? state.links : null;
  const shown = useMemo(() => filterLinks(links ?? [], filters), [links, filters]);

  if (state.phase === 'loading') return <StatusPanel testId="state-loading" title="Reading the page…" />;
  if (state.phase === 'failed') return <StatusPanel testId="state-error" tone="error" title="Something went wrong">{state.message}</StatusPanel>;
  if (state.phase === 'unreadable') {
    return (
      <StatusPanel testId={`state-${state.error.kind}`} tone="warn" title={ERROR_TITLES[state.error.kind] ?? 'The page could not be read'}>
        {state.error.message}
      </StatusPanel>
    );
  }
  const { report, tabId, linkCount } = state;
  const inspected = { tabId, url: report.page.url };

  const pick = async (link: ScoredLink) => {
    setSelected(link);
    setRevealNote(null);
    const answer = await showOnPage(inspected, 'revealLink', { index: link.index });
    if (!answer.ok) setRevealNote(answer.message);
    else if (!answer.value.found) setRevealNote('This link is no longer on the page.');
    else if (!answer.value.visible) setRevealNote('Hidden link: scrolled to where it sits, but there is nothing to see.');
  };
  // A big page answers "on" once it is drawn, after an "off" clicked meanwhile: only the latest click's answer counts.
  const highlightAsked = useRef(0);
  const toggleHighlight = async (on: boolean) => {
    const asked = ++highlightAsked.current;
    const r = await showOnPage(inspected, 'highlight', { on });
    if (asked !== highlightAsked.current) return;
    setHighlight(r.ok ? { on: r.value.on, counts: r.value.counts } : { on: false, counts: null, note: r.message });
  };

  return (
    <div class="space-y-2.5">
      <header>
        <h1 class="truncate text-sm font-semibold text-slate-900" data-testid="page-title" title={report.page.title || report.page.url}>
          {report.page.title || report.page.url}
        </h1>
        <div class="truncate text-[11px] text-slate-500" title={report.page.url}>
          {report.page.url}
        </div>
        <PageTypeLine verdict={report.pageType} />
        {(report.page.robots.noindex || report.page.robots.nofollow) && (
          <div class="mt-1 text-xs font-medium text-red-700" data-testid="robots-warning">
            This page is {[report.page.robots.noindex && 'noindex', report.page.robots.nofollow && 'nofollow'].filter(Boolean).join(' and ')}: its links are unlikely to count.
          </div>
        )}
        <CanonicalLine page={report.page} />
        {report.truncated && <div class="mt-1 text-xs text-amber-700">Only the first {linkCount} links were analysed.</div>}
      </header>
      <VerdictPanel verdict={report.verdict} />
      {isWebUrl(report.page.url) && <SaveProspect key={savedVersion} tabId={tabId} pageUrl={report.page.url} />}
      <MentionsPanel tabId={tabId} pageUrl={report.page.url} onSaved={() => setSavedVersion((v) => v + 1)} />
      {linkCount === 0 ? (
        <StatusPanel testId="state-no-links" title="No links on this page">
          Linkscout found no links (a, area or SVG links) in this page, its open shadow roots included.
        </StatusPanel>
      ) : (
        <>
          <Summary summary={report.summary} onPlacement={(p) => setFilters({ ...filters, placement: p })} />
          <HighlightToggle on={highlight.on} counts={highlight.counts} note={highlight.note} onToggle={(on) => void toggleHighlight(on)} />
          <LinkFilterBar filters={filters} onChange={setFilters} searchRef={searchRef} />
          {!links ? (
            state.linksError ? (
              <div role="status" data-testid="links-unavailable" class="rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-slate-700">
                {state.linksError}
              </div>
            ) : (
              <div role="status" data-testid="links-loading" class="text-[11px] text-slate-500">
                Loading the {linkCount.toLocaleString('en')} links…{state.linksLoaded > 0 && ` ${state.linksLoaded.toLocaleString('en')} so far`}
              </div>
            )
          ) : (
            <>
              <div class="flex justify-between text-[11px] text-slate-500">
                {/* Announced as filters change it. */}
                <span role="status" data-testid="shown-count">
                  {shown.length.toLocaleString('en')} of {links.length.toLocaleString('en')} links
                </span>
                {isFiltered(filters) && (
                  <button
                    type="button"
                    class="underline"
                    onClick={() => {
                      setFilters(NO_FILTERS);
                      // This button goes away with the filters: focus the search box, not the body.
                      searchRef.current?.focus();
                    }}
                  >
                    Clear filters
                  </button>
                )}
              </div>
              {shown.length === 0 ? (
                <StatusPanel testId="state-no-match" title="No link matches these filters" />
              ) : (
                <LinkList links={shown} selected={selected?.index ?? null} onPick={(l) => void pick(l)} />
              )}
            </>
          )}
          {selected && <LinkDetails link={selected} revealNote={revealNote} />}
        </>
      )}
    </div>
  );
}
