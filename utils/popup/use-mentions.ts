import { useEffect, useState } from 'preact/hooks';
import type { Mention } from '../mentions/types';
import type { HighlightSupport, MentionsResult } from '../messaging/protocol';
import { sendToBackground, sendToTab } from '../messaging/transport';

export type MentionsState = { phase: 'scanning' } | { phase: 'done'; result: MentionsResult };

const failed = (err: unknown): MentionsResult => ({ ok: false, kind: 'failed', message: err instanceof Error ? err.message : String(err) });

/** The tab's brand mentions (scanned once the report is in), their highlights and revealing one. */
export function useMentions(tabId: number) {
  const [state, setState] = useState<MentionsState>({ phase: 'scanning' });
  const [highlightsOn, setHighlightsOn] = useState(true);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    sendToBackground('scanMentions', { tabId })
      .then((result) => setState({ phase: 'done', result }))
      .catch((err: unknown) => setState({ phase: 'done', result: failed(err) }));
  }, [tabId]);

  const toggleHighlights = async (on: boolean) => {
    const r = await sendToTab(tabId, 'mentionHighlights', { on }).catch(() => null);
    setHighlightsOn(r?.on ?? false);
  };

  const reveal = async (m: Mention) => {
    const r = await sendToTab(tabId, 'revealMention', { index: m.index }).catch(() => ({ found: false, visible: false }));
    setNote(!r.found ? 'This mention is no longer on the page.' : !r.visible ? 'Hidden text: scrolled to where it sits, but there is nothing to see.' : null);
  };

  const support: HighlightSupport | null = state.phase === 'done' && state.result.ok ? state.result.highlights : null;
  return { state, highlightsOn: highlightsOn && !!support?.supported, support, toggleHighlights, reveal, note };
}
