import { useEffect, useRef, useState } from 'preact/hooks';
import { parseDomainList, type RejectedEntry, type StoredDomain } from '@/utils/options/domain-list';
import { parseTopicList } from '@/utils/options/topic-list';
import { useAction } from '@/utils/options/use-action';
import { loadSettings, settingsItem } from '@/utils/settings/store';
import type { Settings } from '@/utils/settings/types';
import { ErrorNote } from './ErrorNote';
import { ListField } from './ListField';

type Texts = Record<'mySites' | 'competitors' | 'topics', string>;

const toTexts = (s: Settings): Texts => ({ mySites: s.mySites.join('\n'), competitors: s.competitors.join('\n'), topics: s.topics.join('\n') });

const REJECTED_ID = 'settings-rejected';

type Feedback = { kind: 'saved'; rewritten: StoredDomain[] } | { kind: 'rejected'; entries: (RejectedEntry & { field: string })[] } | null;

/** My sites, competitors and topics: domains are stored as registrable domains, garbage is refused. */
export function SettingsForm() {
  const [stored, setStored] = useState<Settings | null>(null);
  const [texts, setTexts] = useState<Texts>({ mySites: '', competitors: '', topics: '' });
  const [feedback, setFeedback] = useState<Feedback>(null);
  const action = useAction();
  // What the boxes were last filled from, and what they hold: the watch below reads both.
  const shown = useRef<Texts | null>(null);
  const current = useRef(texts);
  current.current = texts;
  const fill = (s: Settings) => {
    shown.current = toTexts(s);
    setTexts(shown.current);
  };
  /** Each box the user has not edited takes the new settings; an edited box keeps its text. */
  const follow = (s: Settings) => {
    const next = toTexts(s);
    const was = shown.current;
    if (!was) return fill(s);
    const keep = current.current;
    const merged = { ...next };
    for (const field of ['mySites', 'competitors', 'topics'] as const) if (keep[field] !== was[field]) merged[field] = keep[field];
    shown.current = next;
    setTexts(merged);
  };

  useEffect(() => {
    void action.run(async () => {
      const s = await loadSettings();
      setStored(s);
      fill(s);
    });
    // Settings change elsewhere too (a settings file imported on this page, the popup): the boxes
    // follow unless they hold edits of the user's, which Save would otherwise write back over it.
    return settingsItem.watch((s) => {
      setStored(s);
      follow(s);
    });
  }, []);

  const edit = (field: keyof Texts, text: string) => {
    setTexts({ ...texts, [field]: text });
    setFeedback(null);
  };

  /** The refused entries' message, for a field that has some. */
  const rejectedIn = (field: string) => (feedback?.kind === 'rejected' && feedback.entries.some((r) => r.field === field) ? REJECTED_ID : undefined);

  const save = (e: Event) => {
    e.preventDefault();
    const mine = parseDomainList(texts.mySites);
    const rivals = parseDomainList(texts.competitors);
    const topics = parseTopicList(texts.topics);
    const rejected = [
      ...mine.rejected.map((r) => ({ ...r, field: 'My sites' })),
      ...rivals.rejected.map((r) => ({ ...r, field: 'Competitors' })),
      ...topics.rejected.map((r) => ({ ...r, field: 'Topics' })),
    ];
    if (rejected.length > 0) return setFeedback({ kind: 'rejected', entries: rejected });
    void action.run(async () => {
      const next: Settings = { ...(await loadSettings()), mySites: mine.domains, competitors: rivals.domains, topics: topics.topics };
      await settingsItem.setValue(next);
      setStored(next);
      fill(next);
      setFeedback({ kind: 'saved', rewritten: [...mine.rewritten, ...rivals.rewritten] });
    });
  };

  return (
    <form onSubmit={save} class="space-y-3" aria-busy={stored === null}>
      <div class="grid gap-4 md:grid-cols-3">
        <ListField
          id="settings-my-sites"
          testId="settings-my-sites"
          errorId={rejectedIn('My sites')}
          label="My sites"
          help="The sites you build links to: one per line, a domain or any address on the site."
          placeholder={'example.com\nhttps://blog.example.org/'}
          value={texts.mySites}
          stored={stored?.mySites ?? []}
          onInput={(t) => edit('mySites', t)}
        />
        <ListField
          id="settings-competitors"
          testId="settings-competitors"
          errorId={rejectedIn('Competitors')}
          label="Competitors"
          help="Sites whose links you want to spot on prospect pages: one per line."
          placeholder={'rival.com\nother-rival.co.uk'}
          value={texts.competitors}
          stored={stored?.competitors ?? []}
          onInput={(t) => edit('competitors', t)}
        />
        <ListField
          id="settings-topics"
          testId="settings-topics"
          errorId={rejectedIn('Topics')}
          label="Topics"
          help="Keywords or short phrases your sites are about: one per line or comma separated."
          placeholder={'link building\nseo tools'}
          value={texts.topics}
          stored={stored?.topics ?? []}
          onInput={(t) => edit('topics', t)}
        />
      </div>
      <div class="flex items-center gap-3">
        <button
          type="submit"
          data-testid="settings-save"
          disabled={action.busy || stored === null}
          class="rounded bg-blue-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-700 disabled:opacity-50"
        >
          Save settings
        </button>
        <span role="status" data-testid="settings-feedback" class="text-sm">
          {feedback?.kind === 'saved' && <span class="text-emerald-700">Saved.</span>}
        </span>
      </div>
      {feedback?.kind === 'saved' && feedback.rewritten.length > 0 && (
        <ul class="text-xs text-slate-600">
          {feedback.rewritten.map((r) => (
            <li key={r.input}>
              <span class="font-mono">{r.input}</span> was stored as its site <span class="font-mono">{r.domain}</span>
            </li>
          ))}
        </ul>
      )}
      {feedback?.kind === 'rejected' && (
        <div role="alert" id={REJECTED_ID} data-testid="settings-rejected" class="rounded border border-red-200 bg-red-50 p-2 text-sm text-red-800">
          <div class="font-medium">Not saved: fix these entries first.</div>
          <ul class="mt-1 list-disc pl-5">
            {feedback.entries.map((r, i) => (
              <li key={i}>
                {r.field}: “<span class="font-mono">{r.input}</span>” {r.reason}.
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorNote message={action.error} onDismiss={action.clearError} />
    </form>
  );
}
