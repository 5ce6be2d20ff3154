import { useEffect, useState } from 'preact/hooks';
import type { Mention } from '../mentions/types';
import type { HighlightSupport, MentionsResult } from '../messaging/protocol';
import { sendToTab } from '../messaging/to-tab';
import { observe, sendToBackground } from '../messaging/transport';
import { showOnPage } from './on-page';

export type MentionsState = { phase: 'scanning' } | { phase: 'done'; result: MentionsResult };

const failed = (err: unknown): MentionsResult => ({ ok: false, kind: 'failed', message: err instanceof Error ? err.message : String(err) });

/**
 * The tab's brand mentions (scanned once the report is in), their highlights and revealing one.
 * When the page changes and re-scans itself, the list is fetched again (`version` counts the
 * lists shown: indexes of an older one may point elsewhere now).
 */
export function useMentions(tabId: number, pageUrl: string) {
  const [state, setState] = useState<MentionsState>({ phase: 'scanning' });
  const [version, setVersion] = useState(0);
  const [highlightsOn, setHighlightsOn] = useState(true);
  const [note, setNote] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const show = (result: MentionsResult) => {
      if (!live) return;
      setState({ phase: 'done', result });
      setVersion((v) => v + 1);
    };
    sendToBackground('scanMentions', { tabId })
      .then(show)
      .catch((err: unknown) => show(failed(err)));
    // The page's own script says its mentions changed; the list is asked of it, not rescanned.
    const stop = observe('mentionsChanged', (_data, sender) => {
      if (sender.tab?.id !== tabId) return;
      sendToTab(tabId, 'currentMentions', {})
        .then(({ scan, highlights }) => {
          setNote(null);
          show({ ok: true, scan, highlights });
        })
        .catch(() => undefined);
    });
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  const toggleHighlights = async (on: boolean) => {
    const r = await sendToTab(tabId, 'mentionHighlights', { on }).catch(() => null);
    setHighlightsOn(r?.on ?? false);
  };

  const reveal = async (m: Mention) => {
    const answer = await showOnPage({ tabId, url: pageUrl }, 'revealMention', { index: m.index });
    if (!answer.ok) return setNote(answer.message);
    const r = answer.value;
    setNote(!r.found ? 'This mention is no longer on the page.' : !r.visible ? 'Hidden text: scrolled to where it sits, but there is nothing to see.' : null);
  };

  const support: HighlightSupport | null = state.phase === 'done' && state.result.ok ? state.result.highlights : null;
  return { state, version, highlightsOn: highlightsOn && !!support?.supported, support, toggleHighlights, reveal, note };
}
