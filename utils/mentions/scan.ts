/**
 * Brand mentions on a page: every configured term in its text, whether it is visible, where it
 * sits, and whether it is linked to the brand's own site, to another one, or not at all.
 *
 * One pass: the page text is walked in reading order (text-walk.ts), folded into a buffer that
 * keeps the way back to each text node (fold.ts), and every chunk of folded text is searched
 * once for all terms together (matcher.ts). Cost grows with the text, not with text × terms.
 * The search runs in chunks with a small overlap (the longest term), so a megabyte-long text
 * node is no different from a thousand paragraphs, and the walk yields between chunks.
 *
 * The page's members are read through dom-safe.ts: named elements can shadow a form's (and the
 * document's) own, and an ASP.NET page puts all of its text inside one form.
 */
import { createRange, docElement, docView, hostOf, nodeType, ownerDocument, parentEl, parentNode } from '../analysis/dom-safe';
import type { PageReading } from '../analysis/page-reading';
import type { Visibility } from '../analysis/visibility';
import { now } from '../analysis/steps';
import { FoldBuffer } from './fold';
import { createLinkJudge, enclosingLink } from './link-state';
import { createMatcher, type TermMatch } from './matcher';
import { walkText, type Frame, type WalkEvent } from './text-walk';
import {
  CONTEXT_SIZE,
  MAX_MATCHED_LENGTH,
  MAX_MENTIONS,
  MENTION_OWNERS,
  MENTION_STATES,
  type Mention,
  type MentionOwner,
  type MentionScan,
  type MentionState,
  type MentionTerm,
} from './types';

export interface MentionScanOptions {
  /** Visibility and placement, as the link analysis judges them (page-reading.ts). */
  reading: PageReading;
  /** At most this many mentions (and never more than MAX_MENTIONS); past it `truncated`. */
  maxMentions?: number;
  /**
   * Read only the parts of the page that hold these nodes (a live page changed there): every run
   * of text between two block boundaries that has some text inside one of them, read whole, so a
   * mention that starts before a changed node and ends in it is found again. The result then
   * carries `partial`, what a merge with the earlier scan needs.
   */
  roots?: readonly Node[];
  /** Told of each open shadow root and same-origin frame document the scan reads (see walkText). */
  onScope?: (scope: ShadowRoot | Document) => void;
}

export interface MentionScanResult {
  scan: MentionScan;
  /** Parallel to `scan.mentions`: where each one is in the page, to highlight and reveal it. */
  ranges: Range[];
  /** Only when `roots` were given. */
  partial?: PartialScan;
}

/** What a scan of part of the page read, so its mentions can replace the earlier ones there. */
export interface PartialScan {
  /** The text nodes read again: an earlier mention touching one of them is superseded. */
  read: ReadonlySet<Text>;
  /** A text node's place in reading order now; undefined when it is no longer page text. */
  positionOf(node: Node): number | undefined;
}

/** Folded UTF-16 units searched at once; also the work between two yields. */
const CHUNK = 16_384;
/** Text nodes cost a little even when short: a page of empty spans still yields. */
const NODE_COST = 16;
/** Mentions placed between two yields (the placement model answers in microseconds each). */
const PLACEMENTS_PER_STEP = 250;

/** A mention found, before its placement is known. */
type Found = Omit<Mention, 'placement'> & { placeOf: Element };

export function* mentionScanSteps(
  doc: Document,
  terms: MentionTerm[],
  opts: MentionScanOptions,
): Generator<void, MentionScanResult> {
  const started = now();
  const max = Math.max(0, Math.min(opts.maxMentions ?? MAX_MENTIONS, MAX_MENTIONS));
  const found: Found[] = [];
  const ranges: Range[] = [];
  let truncated = false;
  const matcher = createMatcher(terms);
  const positions = new Map<Node, number>();
  const read = new Set<Text>();

  if (!matcher.empty) {
    const judgeLink = createLinkJudge(terms);
    const isVisible = createTextVisibility(opts.reading);

    // Text segments (one per text node), by index: the fold buffer points back to them.
    const nodes: Text[] = [];
    const frames: Frame[] = [];
    const blocks: number[] = [];
    /** A separator (image, field, <br>) came just before this segment in its block. */
    const spaced: boolean[] = [];
    let block = 0;
    let separated = false;

    const buf = new FoldBuffer();
    // Kept from one chunk to the next: a match starting near the end, its possessive, a boundary.
    const carry = matcher.longest + 3;
    let from = 0;
    let reach = 0;

    const emit = (m: TermMatch): void => {
      const sa = buf.seg[m.begin]!;
      const sb = buf.seg[m.end - 1]!;
      if (sa < 0 || sb < 0) return;
      const so = buf.start[m.begin]!;
      const eo = buf.end[m.end - 1]!;
      const startNode = nodes[sa]!;
      const endNode = nodes[sb]!;
      const nodeDoc = ownerDocument(startNode);
      if (!nodeDoc) return;
      let range: Range;
      try {
        range = createRange(nodeDoc);
        range.setStart(startNode, so);
        range.setEnd(endNode, eo);
      } catch {
        return; // the page changed the text between two slices
      }
      const frame = frames[sa]!;
      const element = parentOf(startNode);
      const link = enclosingLink(startNode) ?? enclosingLink(endNode);
      const raw = sourceText(sa, so, sb, eo);
      const matched = clip(collapse(raw).trim(), MAX_MATCHED_LENGTH);
      found.push({
        index: found.length,
        term: m.term.text,
        brand: m.term.brand,
        owner: m.term.owner,
        kind: m.term.kind,
        matched,
        context: contextAround(sa, so, sb, eo, matched),
        ...judgeLink(link, m.term),
        visible: element ? isVisible(frame, element) : false,
        placeOf: topElement(frame) ?? link ?? element ?? docElement(doc)!,
      });
      ranges.push(range);
    };

    /** Search the buffer; unless `final`, keep its tail for the next chunk. False at the cap. */
    const search = (final: boolean): boolean => {
      const until = final ? buf.length : buf.length - carry;
      if (until <= from) return true;
      for (const m of matcher.find(buf.text(), from, until, reach)) {
        if (found.length >= max) {
          truncated = true;
          return false;
        }
        emit(m);
        reach = m.end;
      }
      if (!final) {
        // One unit before the next start stays, for the word-boundary test.
        const drop = until - 1;
        buf.dropFront(drop);
        from = 1;
        reach = Math.max(0, reach - drop);
      }
      return true;
    };

    const sourceText = (sa: number, so: number, sb: number, eo: number): string => {
      if (sa === sb) return nodes[sa]!.data.slice(so, eo);
      let s = nodes[sa]!.data.slice(so);
      for (let k = sa + 1; k < sb; k++) s += (spaced[k] ? ' ' : '') + nodes[k]!.data;
      return s + (spaced[sb] ? ' ' : '') + nodes[sb]!.data.slice(0, eo);
    };

    /** About CONTEXT_SIZE characters of the block around the mention, the mention in the middle. */
    const contextAround = (sa: number, so: number, sb: number, eo: number, matched: string): string => {
      // Read at most twice the size on each side (spaces fold away): a text node can be megabytes.
      const b = blocks[sa]!;
      const span = 2 * CONTEXT_SIZE;
      let left = nodes[sa]!.data.slice(Math.max(0, so - span), so);
      for (let k = sa - 1; k >= 0 && blocks[k] === b && left.length < span; k--) {
        left = nodes[k]!.data.slice(-span) + (spaced[k + 1] ? ' ' : '') + left;
      }
      let right = nodes[sb]!.data.slice(eo, eo + span);
      for (let k = sb + 1; k < nodes.length && blocks[k] === b && right.length < span; k++) {
        right += (spaced[k] ? ' ' : '') + nodes[k]!.data.slice(0, span);
      }
      return centred(collapse(left).trimStart(), matched, collapse(right).trimEnd());
    };

    let work = 0;
    const text = walkText(doc, opts.onScope);
    const events = opts.roots ? runsTouching(text, createContainment(opts.roots), positions) : text;
    walk: for (const ev of events) {
      if (ev.kind === 'break') {
        buf.breakBlock();
        block++;
        separated = false;
        continue;
      }
      if (ev.kind === 'separator') {
        buf.separate();
        separated = true;
        continue;
      }
      if (ev.kind === 'skipped') {
        work += ev.nodes * NODE_COST;
        if (work >= CHUNK) {
          work = 0;
          yield;
        }
        continue;
      }
      const seg = nodes.length;
      if (opts.roots) read.add(ev.node);
      nodes.push(ev.node);
      frames.push(ev.frame);
      blocks.push(block);
      spaced.push(separated);
      separated = false;
      const data = ev.node.data;
      let at = 0;
      while (at < data.length) {
        const before = at;
        at = buf.append(seg, data, at, CHUNK);
        work += at - before;
        if (buf.length >= CHUNK) {
          if (!search(false)) break walk;
          work = 0;
          yield;
        }
      }
      work += NODE_COST;
      if (work >= CHUNK) {
        work = 0;
        yield;
      }
    }
    if (!truncated) search(true);
  }

  // Only a scan that found something needs placements (a model of the page, when not analysed yet).
  const placementOf = found.length > 0 ? yield* opts.reading.placement(doc) : null;
  const counts = emptyCounts();
  let hiddenCount = 0;
  const mentions: Mention[] = [];
  for (const { placeOf, ...m } of found) {
    if (mentions.length % PLACEMENTS_PER_STEP === PLACEMENTS_PER_STEP - 1) yield;
    if (m.visible) counts[m.owner][m.state]++;
    else hiddenCount++;
    mentions.push({ ...m, placement: placementOf!(placeOf) });
  }
  const scan = { mentions, counts, hiddenCount, truncated, durationMs: Math.round(now() - started) };
  if (!opts.roots) return { scan, ranges };
  return { scan, ranges, partial: { read, positionOf: (node) => positions.get(node) } };
}

/** A run of text the partial walk left out: only its cost is passed on (the scan still yields). */
type Skipped = { kind: 'skipped'; nodes: number };

/**
 * The walk's events with the runs of text (between two block boundaries) that hold no text
 * inside the roots left out; breaks always pass, so block numbers stay those of a whole scan.
 * Every text node's reading position is noted on the way, read or not.
 */
function* runsTouching(events: Iterable<WalkEvent>, inside: (node: Node) => boolean, positions: Map<Node, number>): Generator<WalkEvent | Skipped> {
  let pending: WalkEvent[] = [];
  let touched = false;
  for (const ev of events) {
    if (ev.kind === 'break') {
      if (!touched && pending.length > 0) yield { kind: 'skipped', nodes: pending.length };
      pending = [];
      touched = false;
      yield ev;
      continue;
    }
    if (ev.kind === 'text') positions.set(ev.node, positions.size);
    if (touched) {
      yield ev;
      continue;
    }
    pending.push(ev);
    if (ev.kind === 'text' && inside(ev.node)) {
      // From here on the run streams: what came before it in the run is read too.
      touched = true;
      yield* pending;
      pending = [];
    }
  }
  if (!touched && pending.length > 0) yield { kind: 'skipped', nodes: pending.length };
}

/**
 * Whether a node is one of `roots` or inside one, through shadow roots (to their host) and
 * same-origin frames (to their iframe). Answers are remembered along the way: each ancestor
 * is looked at once per scan.
 */
function createContainment(roots: readonly Node[]): (node: Node) => boolean {
  const set = new Set(roots);
  const known = new Map<Node, boolean>();
  return (node) => {
    const path: Node[] = [];
    let inside = false;
    for (let n: Node | null = node; n; n = composedParent(n)) {
      if (set.has(n)) {
        inside = true;
        break;
      }
      const k = known.get(n);
      if (k !== undefined) {
        inside = k;
        break;
      }
      path.push(n);
    }
    for (const p of path) known.set(p, inside);
    return inside;
  };
}

function composedParent(n: Node): Node | null {
  const type = nodeType(n);
  if (type === 11) return hostOf(n);
  if (type === 9) {
    try {
      return docView(n as Document)?.frameElement ?? null;
    } catch {
      return null;
    }
  }
  return parentNode(n);
}

function emptyCounts(): Record<MentionOwner, Record<MentionState, number>> {
  const perState = () => Object.fromEntries(MENTION_STATES.map((s) => [s, 0])) as Record<MentionState, number>;
  return Object.fromEntries(MENTION_OWNERS.map((o) => [o, perState()])) as Record<MentionOwner, Record<MentionState, number>>;
}

/**
 * Whether the element holding some text is visible, as the link analysis judges it, in its
 * own frame and with the iframe around that frame visible too. Cached per element.
 */
function createTextVisibility(reading: PageReading): (frame: Frame, el: Element) => boolean {
  const checkers = new Map<Document, (el: Element) => Visibility>();
  const known = new Map<Element, boolean>();
  const visible = (frame: Frame, el: Element): boolean => {
    const cached = known.get(el);
    if (cached !== undefined) return cached;
    let check = checkers.get(frame.doc);
    if (!check) {
      check = reading.visibility(frame.doc);
      checkers.set(frame.doc, check);
    }
    const v = check(el).visible && (!frame.parent || !frame.element || visible(frame.parent, frame.element));
    known.set(el, v);
    return v;
  };
  return visible;
}

/** The element a text node is drawn in (a shadow root's host when it sits at the top of one). */
function parentOf(node: Node): Element | null {
  const el = parentEl(node);
  if (el) return el;
  const p = parentNode(node);
  return p ? hostOf(p) : null;
}

/** For text inside iframes: the outermost iframe element, which has a place on the page. */
function topElement(frame: Frame): Element | null {
  let el: Element | null = null;
  for (let f: Frame | null = frame; f?.parent; f = f.parent) el = f.element;
  return el;
}

/** Whitespace folded to single spaces, invisible characters (soft hyphens, zero-width) gone. */
function collapse(s: string): string {
  return s.replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '').replace(/\s+/g, ' ');
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** `mid` with as much of `left` and `right` as fits in CONTEXT_SIZE, balanced, cuts marked. */
function centred(left: string, mid: string, right: string): string {
  const budget = Math.max(0, CONTEXT_SIZE - mid.length);
  const half = Math.floor(budget / 2);
  const l = Math.min(left.length, Math.max(half, budget - right.length));
  const r = Math.min(right.length, budget - l);
  const head = left.slice(left.length - l);
  const tail = right.slice(0, r);
  return `${l < left.length ? '…' : ''}${head}${mid}${tail}${r < right.length ? '…' : ''}`;
}
