import { formatDateTime } from '@/utils/options/format';
import type { LinkSnapshot, SnapshotLink } from '@/utils/prospects/types';
import { WebLink } from './WebLink';

function LinkLine(props: { link: SnapshotLink }) {
  const l = props.link;
  return (
    <li class="text-xs">
      <WebLink url={l.href} label={l.text || l.href} />
      <span class="text-slate-500">
        {' '}
        → {l.domain} · {l.placement}
        {l.rel.length > 0 && ` · ${l.rel.join(' ')}`} · {l.counts ? 'counts' : 'does not count'}
      </span>
    </li>
  );
}

function LinkGroup(props: { title: string; links: readonly SnapshotLink[] }) {
  if (props.links.length === 0) return <div class="text-xs text-slate-500">{props.title}: none</div>;
  return (
    <div>
      <div class="text-xs font-medium text-slate-700">{props.title}</div>
      <ul class="ml-3 space-y-0.5">
        {props.links.map((l, i) => (
          <LinkLine key={i} link={l} />
        ))}
      </ul>
    </div>
  );
}

/** What the page linked to at each visit, newest first, so a new or lost link shows. */
export function SnapshotHistory(props: { snapshots: readonly LinkSnapshot[] }) {
  if (props.snapshots.length === 0) return <div class="text-xs text-slate-500">No visit recorded.</div>;
  const newestFirst = [...props.snapshots].reverse();
  return (
    <ol class="space-y-2" data-testid="snapshot-history">
      {newestFirst.map((s, i) => (
        <li key={`${s.checkedAt}-${i}`} class="rounded border border-slate-200 p-2">
          <div class="text-xs font-semibold text-slate-800">{formatDateTime(s.checkedAt)}</div>
          <LinkGroup title="Links to my sites" links={s.toMySites} />
          <LinkGroup title="Links to competitors" links={s.toCompetitors} />
        </li>
      ))}
    </ol>
  );
}
