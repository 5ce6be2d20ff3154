import { useState } from 'preact/hooks';
import { VERDICT_TEXT } from '@/utils/labels';
import type { Signal, Verdict, VerdictLabel } from '@/utils/scoring/types';

const LABEL_TONE: Record<VerdictLabel, string> = {
  strong: 'bg-green-100 text-green-800 border-green-300',
  'worth-a-look': 'bg-sky-100 text-sky-800 border-sky-300',
  weak: 'bg-slate-100 text-slate-700 border-slate-300',
  avoid: 'bg-red-100 text-red-800 border-red-300',
};

const SIGNAL_DOT: Record<Signal['tone'], string> = {
  good: 'bg-green-600',
  neutral: 'bg-slate-400',
  bad: 'bg-red-600',
  unknown: 'bg-white border border-slate-400',
};

/** The dot's tone in words, for screen readers (an aria-label on a plain span is not read). */
const SIGNAL_TONE_TEXT: Record<Signal['tone'], string> = {
  good: 'Good:',
  neutral: 'Neutral:',
  bad: 'Bad:',
  unknown: 'Unknown:',
};

const SIGNAL_TITLE: Record<Signal['id'], string> = {
  'page-type': 'Page type',
  relevance: 'Relevance',
  authority: 'Authority',
  placement: 'Where links go',
  'link-targets': 'Links to you and competitors',
  risk: 'Risk',
  contacts: 'Contacts',
};

/** The outreach verdict first: label, score and the reasons that decided it; every signal on demand. */
export function VerdictPanel(props: { verdict: Verdict }) {
  const v = props.verdict;
  const [open, setOpen] = useState(false);
  return (
    <section aria-label="Verdict" class="rounded-md border border-slate-200 p-2" data-testid="verdict">
      <div class="flex items-center gap-2">
        <span class={`rounded border px-1.5 py-0.5 text-xs font-semibold ${LABEL_TONE[v.label]}`} data-testid="verdict-label">
          {VERDICT_TEXT[v.label]}
        </span>
        <span class="text-xs text-slate-500" data-testid="verdict-score">
          {v.score}/100
        </span>
        <button type="button" class="ml-auto text-[11px] text-slate-600 underline" aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide signals' : 'All signals'}
        </button>
      </div>
      <ul class="mt-1.5 list-disc space-y-0.5 pl-4 text-xs text-slate-800" data-testid="verdict-reasons">
        {v.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {open && (
        <ul class="mt-2 space-y-1.5 border-t border-slate-100 pt-2" data-testid="verdict-signals">
          {v.signals.map((s) => (
            <li key={s.id} class="text-xs">
              <div class="flex items-center gap-1.5">
                <span class={`inline-block h-2 w-2 rounded-full ${SIGNAL_DOT[s.tone]}`} aria-hidden="true" />
                <span class="sr-only">{SIGNAL_TONE_TEXT[s.tone]}</span>
                <b class="text-slate-800">{SIGNAL_TITLE[s.id]}</b>
                <span class="text-slate-600">{s.summary}</span>
              </div>
              {s.evidence.length > 0 && (
                <ul class="ml-3.5 list-disc pl-3 text-[11px] text-slate-500">
                  {s.evidence.slice(0, 6).map((e) => (
                    <li key={e}>{e}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
