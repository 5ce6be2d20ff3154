import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { MentionList } from '@/components/MentionList';
import { SaveAsMention } from '@/components/SaveAsMention';
import type { Mention } from '@/utils/mentions/types';
import { useMentions } from '@/utils/popup/use-mentions';

/** Brand mentions on the page: how many are unlinked (outreach opportunities), the list, highlights. */
export function MentionsPanel(props: { tabId: number; pageUrl: string; onSaved: () => void }) {
  const { state, version, highlightsOn, support, toggleHighlights, reveal, note } = useMentions(props.tabId, props.pageUrl);
  const [selected, setSelected] = useState<number | null>(null);
  // A new list (the page changed): the picked index may be another mention now.
  useEffect(() => setSelected(null), [version]);
  if (state.phase === 'scanning') return <p class="text-xs text-slate-500" data-testid="mentions-scanning">Looking for your brand…</p>;
  const r = state.result;
  if (!r.ok) {
    return (
      <p class="text-xs text-slate-600" data-testid={`mentions-${r.kind}`}>
        {r.message}{' '}
        {r.kind === 'no-brands' && (
          <button type="button" class="underline" onClick={() => void browser.runtime.openOptionsPage()}>
            Options
          </button>
        )}
      </p>
    );
  }
  const { scan } = r;
  const own = scan.counts.brand;
  const pick = (m: Mention) => {
    setSelected(m.index);
    void reveal(m);
  };
  return (
    <section aria-label="Brand mentions" class="space-y-1.5" data-testid="mentions">
      <div class="flex flex-wrap items-center gap-2 text-xs text-slate-700">
        <b data-testid="mentions-summary">
          {own.unlinked} unlinked · {own['linked-elsewhere']} linked elsewhere · {own['linked-to-you']} linked to you
        </b>
        {scan.hiddenCount > 0 && <span class="text-amber-700">+{scan.hiddenCount} in hidden text</span>}
        <label class="ml-auto flex items-center gap-1">
          <input
            type="checkbox"
            data-testid="mention-highlights"
            checked={highlightsOn}
            disabled={!support?.supported}
            onChange={(e) => void toggleHighlights((e.currentTarget as HTMLInputElement).checked)}
          />
          Highlight on the page
        </label>
      </div>
      {own.unlinked > 0 && <SaveAsMention tabId={props.tabId} pageUrl={props.pageUrl} unlinked={own.unlinked} onSaved={props.onSaved} />}
      {support && !support.supported && <p class="text-[11px] text-slate-500">{support.reason}</p>}
      {scan.truncated && <p class="text-[11px] text-amber-700">Only the first {scan.mentions.length} mentions are listed.</p>}
      {scan.mentions.length === 0 ? (
        <p class="text-xs text-slate-500" data-testid="mentions-none">
          No mention of your brands or competitors on this page.
        </p>
      ) : (
        <MentionList mentions={scan.mentions} selected={selected} onPick={pick} />
      )}
      {/* Always mounted, so a note on revealing a mention is announced; empty, it cancels the gap above it. */}
      <p role="status" class="text-[11px] text-slate-600 empty:-mt-1.5" data-testid="mentions-note">
        {note}
      </p>
    </section>
  );
}
