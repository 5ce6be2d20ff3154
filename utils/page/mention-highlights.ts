import { adoptedSheets, docWindow, isConnected, nodeType, ownerDocument, parentEl, scrollIntoView, setAdoptedSheets } from '../analysis/dom-safe';
import { HIGHLIGHT_NAMES } from '../mentions/highlight-names';
import { MENTION_STATES, type Mention, type MentionState } from '../mentions/types';
import type { BoxFlash } from './overlay';

/**
 * Brand mentions painted where they stand with the CSS Custom Highlight API: the browser paints
 * registered Ranges through `::highlight(name)` rules, so no element is added to the page, no
 * text node is split and the layout cannot move. The rules live in a constructed stylesheet
 * adopted by the document and dropped again on clear. Document and element members are read
 * through dom-safe.ts, which named elements (`<img name="defaultView">`, a form's inputs) cannot shadow.
 */

/** Colours per state: a light background with dark text stays legible on light and dark pages alike; the underline shows on coloured text. */
export const MENTION_COLOURS: Record<MentionState, { background: string; text: string; line: string }> = {
  unlinked: { background: '#fde68a', text: '#1c1917', line: '#d97706' },
  'linked-elsewhere': { background: '#bae6fd', text: '#082f49', line: '#0284c7' },
  'linked-to-you': { background: '#bbf7d0', text: '#052e16', line: '#16a34a' },
};

/** The extra highlight that blinks over a mention the user picked in the popup. */
export const FLASH_HIGHLIGHT_NAME = 'linkscout-mention-flash';
const FLASH_STEP_MS = 300;
const FLASH_STEPS = 6;

export type PaintResult = { supported: true; painted: number } | { supported: false; reason: string };

export const NO_HIGHLIGHT_API = 'This browser cannot highlight text in pages; the list still shows every mention.';

interface HighlightApi {
  registry: HighlightRegistry;
  Highlight: typeof Highlight;
}

/** What a window may or may not have: older Firefox has no `CSS.highlights` and no `Highlight`. */
interface MaybeHighlightWindow {
  CSS?: { highlights?: HighlightRegistry };
  Highlight?: typeof Highlight;
  CSSStyleSheet?: typeof CSSStyleSheet;
}

function highlightApi(doc: Document): HighlightApi | null {
  const win = docWindow(doc) as MaybeHighlightWindow | null;
  const registry = win?.CSS?.highlights;
  const ctor = win?.Highlight;
  if (!registry || typeof ctor !== 'function' || typeof win?.CSSStyleSheet !== 'function' || !adoptedSheets(doc)) return null;
  return { registry, Highlight: ctor };
}

/** Whether mentions can be painted in this document; the popup says so when they cannot. */
export function mentionHighlightSupport(doc: Document): { supported: true } | { supported: false; reason: string } {
  return highlightApi(doc) ? { supported: true } : { supported: false, reason: NO_HIGHLIGHT_API };
}

/** The `::highlight()` rules, one per state plus the flash (painted above them). */
export function mentionHighlightCss(): string {
  const rules = MENTION_STATES.map((state) => {
    const c = MENTION_COLOURS[state];
    return `::highlight(${HIGHLIGHT_NAMES[state]}) { background-color: ${c.background}; color: ${c.text}; text-decoration: underline 2px ${c.line}; }`;
  });
  rules.push(`::highlight(${FLASH_HIGHLIGHT_NAME}) { background-color: #2563eb; color: #ffffff; text-decoration: underline 2px #1e3a8a; }`);
  return rules.join('\n');
}

interface DocState {
  sheet: CSSStyleSheet;
  flashTimer: ReturnType<typeof setTimeout> | null;
  /**
   * What this copy of Linkscout registered, by name. The registry is the document's, shared with
   * an orphaned copy left by a reload: each clears only its own, never the other's.
   */
  own: Map<string, Highlight>;
  /** The frames' documents this page's mentions were painted in (cleared with the page's). */
  frames: Set<Document>;
}
const states = new WeakMap<Document, DocState>();

function docState(doc: Document): DocState {
  let s = states.get(doc);
  if (!s) {
    const Sheet = (docWindow(doc) as MaybeHighlightWindow | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(mentionHighlightCss());
    s = { sheet, flashTimer: null, own: new Map(), frames: new Set() };
    states.set(doc, s);
  }
  return s;
}

function register(api: HighlightApi, s: DocState, name: string, highlight: Highlight): void {
  api.registry.set(name, highlight);
  s.own.set(name, highlight);
}

function adopt(doc: Document, sheet: CSSStyleSheet): void {
  const sheets = adoptedSheets(doc);
  if (sheets && !sheets.includes(sheet)) setAdoptedSheets(doc, [...sheets, sheet]);
}

function unadopt(doc: Document, sheet: CSSStyleSheet): void {
  const sheets = adoptedSheets(doc);
  if (sheets?.includes(sheet)) setAdoptedSheets(doc, sheets.filter((s) => s !== sheet));
}

/**
 * Paint each mention in its state's colour, replacing what was painted before. `ranges` are
 * parallel to `mentions` (as the scan returns them). Where the browser lacks the API nothing is
 * done to the page and the result says why.
 */
export function paintMentions(doc: Document, ranges: readonly Range[], mentions: readonly Mention[]): PaintResult {
  if (!highlightApi(doc)) return { supported: false, reason: NO_HIGHLIGHT_API };
  // Each document paints its own ranges: a same-origin frame has its own registry and sheets.
  const byDoc = new Map<Document, Record<MentionState, Range[]>>();
  const group = (d: Document) => {
    let g = byDoc.get(d);
    if (!g) byDoc.set(d, (g = { unlinked: [], 'linked-elsewhere': [], 'linked-to-you': [] }));
    return g;
  };
  group(doc);
  const n = Math.min(ranges.length, mentions.length);
  for (let i = 0; i < n; i++) group(ownerDocument(ranges[i]!.startContainer) ?? doc)[mentions[i]!.state].push(ranges[i]!);
  const frames = docState(doc).frames;
  for (const d of frames) if (!byDoc.has(d)) (clearMentionHighlights(d), frames.delete(d));
  for (const [d, byState] of byDoc) {
    const api = highlightApi(d);
    if (!api) continue;
    const s = docState(d);
    try {
      adopt(d, s.sheet);
    } catch (err) {
      // A browser that has the registry but refuses our sheet would paint ranges unstyled: better none.
      if (d === doc) return { supported: false, reason: `Highlights could not be styled in this page (${err instanceof Error ? err.message : String(err)}).` };
      continue;
    }
    if (d !== doc) frames.add(d);
    for (const state of MENTION_STATES) register(api, s, HIGHLIGHT_NAMES[state], new api.Highlight(...byState[state]));
  }
  return { supported: true, painted: n };
}

/**
 * Remove the mention highlights this copy registered and its stylesheet. The page's own are left
 * alone, and so are those a newer copy of Linkscout (after a reload) has put in their place.
 */
export function clearMentionHighlights(doc: Document): void {
  const s = states.get(doc);
  for (const d of s?.frames ?? []) clearMentionHighlights(d);
  if (s?.flashTimer != null) clearTimeout(s.flashTimer);
  if (s) s.flashTimer = null;
  const api = highlightApi(doc);
  if (api && s) for (const [name, highlight] of s.own) if (api.registry.get(name) === highlight) api.registry.delete(name);
  if (s) unadopt(doc, s.sheet);
  states.delete(doc);
}

const hasBox = (r: DOMRect) => r.width > 0 || r.height > 0;

/**
 * Scroll a mention into view and make it blink for a moment. `found` is false when the text is no
 * longer in the page (it changed since the scan); `visible` is false when it has no box to show
 * (hidden text): then nothing scrolls. Without the highlight API `flashBox` (the overlay
 * script's, lent through page-host.ts) marks the spot.
 */
export function revealMention(range: Range, flashBox: BoxFlash): { found: boolean; visible: boolean } {
  const start = range.startContainer;
  if (!isConnected(start) || !isConnected(range.endContainer) || range.collapsed) return { found: false, visible: false };
  const doc = ownerDocument(start);
  const win = doc ? docWindow(doc) : null;
  if (!doc || !win) return { found: false, visible: false };
  if (!Array.from(range.getClientRects()).some(hasBox)) return { found: true, visible: false };

  // The element first, so scrollable boxes around it scroll too; then the window, so a mention
  // deep in a long paragraph ends up mid-screen rather than the paragraph's middle.
  // Text straight inside an ASP.NET page's form scrolls that form, whose inputs may shadow its members.
  const el = nodeType(start) === 1 ? (start as Element) : parentEl(start);
  if (el) scrollIntoView(el, { block: 'center', inline: 'nearest', behavior: 'instant' });
  const rect = range.getBoundingClientRect();
  if (rect.top < 0 || rect.bottom > win.innerHeight) win.scrollBy({ top: rect.top + rect.height / 2 - win.innerHeight / 2, behavior: 'instant' });

  flash(doc, range, flashBox);
  return { found: true, visible: true };
}

function flash(doc: Document, range: Range, flashBox: BoxFlash): void {
  const api = highlightApi(doc);
  if (!api) {
    // No highlight API: Linkscout's overlay box (in its own shadow root) marks the spot instead.
    const r = range.getBoundingClientRect();
    const win = docWindow(doc);
    flashBox(doc, { top: r.top + (win?.scrollY ?? 0), left: r.left + (win?.scrollX ?? 0), width: r.width, height: r.height });
    return;
  }
  const s = docState(doc);
  if (s.flashTimer != null) clearTimeout(s.flashTimer);
  adopt(doc, s.sheet);
  const highlight = new api.Highlight(range);
  // Above the state colours, so the picked mention stands out even where highlights overlap.
  highlight.priority = 1;
  register(api, s, FLASH_HIGHLIGHT_NAME, highlight);
  let step = 0;
  const tick = () => {
    step++;
    if (step >= FLASH_STEPS) {
      s.flashTimer = null;
      api.registry.delete(FLASH_HIGHLIGHT_NAME);
      // Revealed without a paint (highlights switched off): the sheet goes with the flash.
      if (!MENTION_STATES.some((state) => api.registry.has(HIGHLIGHT_NAMES[state]))) unadopt(doc, s.sheet);
      return;
    }
    if (step % 2 === 1) highlight.clear();
    else highlight.add(range);
    s.flashTimer = setTimeout(tick, FLASH_STEP_MS);
  };
  s.flashTimer = setTimeout(tick, FLASH_STEP_MS);
}
