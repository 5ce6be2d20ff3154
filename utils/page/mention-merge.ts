import { isConnected, nodeType } from '../analysis/dom-safe';
import type { MentionScanResult, PartialScan } from '../mentions/scan';
import { MAX_MENTIONS, MENTION_OWNERS, MENTION_STATES, type Mention, type MentionScan } from '../mentions/types';

/** The mentions a page holds now, with their ranges (parallel), as the page session keeps them. */
export interface LiveMentions {
  scan: MentionScan;
  ranges: Range[];
}

export interface MergedMentions extends LiveMentions {
  /** Earlier mentions dropped (their text changed or went) and mentions the re-scan added. */
  dropped: number;
  added: number;
  /** The list differs from the one before in anything a user sees (a mention, its order, a field). */
  changed: boolean;
}

/**
 * The page's mentions after a re-scan of the parts that changed: earlier mentions whose text
 * is still in the page and was not read again are kept, the re-scan's replace the rest, all in
 * reading order and numbered again from 0 (the index is the key to reveal one). A live range
 * follows its text as the page edits it, so a mention kept is still where its range says.
 */
export function mergeRescan(before: LiveMentions, rescan: MentionScanResult & { partial: PartialScan }, max = MAX_MENTIONS): MergedMentions {
  const { read, positionOf } = rescan.partial;
  type Entry = { mention: Mention; range: Range; at: number; offset: number };
  const entries: Entry[] = [];
  let dropped = 0;
  before.scan.mentions.forEach((mention, i) => {
    const range = before.ranges[i];
    const at = range ? stillThere(range, read, positionOf) : undefined;
    if (range && at !== undefined) entries.push({ mention, range, at, offset: range.startOffset });
    else dropped++;
  });
  rescan.scan.mentions.forEach((mention, i) => {
    const range = rescan.ranges[i];
    const at = range ? positionOf(range.startContainer) : undefined;
    if (range && at !== undefined) entries.push({ mention, range, at, offset: range.startOffset });
  });
  entries.sort((a, b) => a.at - b.at || a.offset - b.offset);
  const kept = entries.slice(0, Math.max(0, Math.min(max, MAX_MENTIONS)));
  const mentions = kept.map((e, index) => ({ ...e.mention, index }));
  const scan: MentionScan = {
    mentions,
    ...tally(mentions),
    // Once a scan stopped at the cap, what lies past it was never seen.
    truncated: before.scan.truncated || rescan.scan.truncated || kept.length < entries.length,
    durationMs: rescan.scan.durationMs,
  };
  const added = rescan.scan.mentions.length;
  const changed = (dropped > 0 || added > 0) && !sameMentions(before.scan.mentions, mentions);
  return { scan, ranges: kept.map((e) => e.range), dropped, added, changed };
}

function sameMentions(a: readonly Mention[], b: readonly Mention[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((m, i) => {
    const n = b[i]!;
    return (Object.keys(m) as (keyof Mention)[]).every((k) => m[k] === n[k]);
  });
}

/**
 * Where a kept mention now starts in reading order, or undefined when it must go: its text
 * node left the page or is no longer page text, the range collapsed (its text was cut), or its
 * text was read again (then the re-scan reports it, if it is still a mention).
 */
function stillThere(range: Range, read: ReadonlySet<Text>, positionOf: (node: Node) => number | undefined): number | undefined {
  const start = range.startContainer;
  const end = range.endContainer;
  // A range left in a text node's parent when the page removed it may sit in a form: read safely.
  if (nodeType(start) !== 3 || nodeType(end) !== 3 || range.collapsed) return undefined;
  if (!isConnected(start) || !isConnected(end)) return undefined;
  if (read.has(start as Text) || read.has(end as Text)) return undefined;
  return positionOf(end) === undefined ? undefined : positionOf(start);
}

/** Counts per owner and state (visible mentions) and hidden ones, as a whole scan gives them. */
function tally(mentions: readonly Mention[]): Pick<MentionScan, 'counts' | 'hiddenCount'> {
  const counts = Object.fromEntries(
    MENTION_OWNERS.map((o) => [o, Object.fromEntries(MENTION_STATES.map((s) => [s, 0]))]),
  ) as MentionScan['counts'];
  let hiddenCount = 0;
  for (const m of mentions) {
    if (m.visible) counts[m.owner][m.state]++;
    else hiddenCount++;
  }
  return { counts, hiddenCount };
}
