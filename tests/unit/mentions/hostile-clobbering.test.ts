import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flashBox } from '@/utils/page/overlay';
import { scanMentions } from '@/utils/mentions/scan-document';
import { walkText } from '@/utils/mentions/text-walk';
import type { MentionScan } from '@/utils/mentions/types';
import { PageSession } from '@/utils/page/page-session';
import { MentionSession } from '@/utils/page/mention-session';
import { pageReading } from '@/utils/analysis/page-reading';
import { loadFixture } from '../fixture';
import { ACME_AND_RIVAL, loadLiveFixture } from './brands';

/**
 * tests/fixtures/mentions/mentions-inside-clobbering-form.html: an ASP.NET-style page, wrapped in
 * one form whose inputs are named like the form's own members (childNodes, nodeType, getAttribute,
 * parentNode…), with `<img name="body">` and the like beside it. Browsers make each named control
 * an own property of the form ([LegacyOverrideBuiltIns]), in the extension's isolated world too,
 * and each named image one of the document in the page's world. happy-dom has no named
 * properties that shadow members, so the test defines the same ones, as a browser would, by hand.
 *
 * Except `getAttribute` where the link analysis' visibility runs: happy-dom's own `style` reads the
 * form's attributes through it (a browser's native code never does). The walk, the mention code
 * that reads a form's attributes, is tested with it shadowed too.
 */
const FIXTURE = 'mentions/mentions-inside-clobbering-form.html';
const FAST = { quietMs: 15, maxWaitMs: 60 };

/** Own properties added to the live document and the form, removed again after each test. */
let undo: Array<() => void> = [];

function shadow(target: object, name: string, by: Element): void {
  Object.defineProperty(target, name, { value: by, configurable: true });
  undo.push(() => delete (target as Record<string, unknown>)[name]);
}

function form(): HTMLFormElement {
  return document.getElementById('aspnetForm') as HTMLFormElement;
}

/** The fixture in the live document (ranges need it), named elements shadowing as in a browser. */
function clobberedPage(opts: { getAttribute: boolean } = { getAttribute: false }): Document {
  const doc = loadLiveFixture(loadFixture(FIXTURE));
  for (const input of Array.from(form().querySelectorAll('input[name]'))) {
    const name = input.getAttribute('name')!;
    if (name !== 'getAttribute' || opts.getAttribute) shadow(form(), name, input);
  }
  for (const img of Array.from(doc.body.querySelectorAll('img[name]'))) shadow(doc, img.getAttribute('name')!, img);
  return doc;
}

const withoutTime = (scan: MentionScan) => ({ ...scan, durationMs: 0 });
const summary = (scan: MentionScan) => scan.mentions.map((m) => [m.matched, m.owner, m.state, m.linkHost]);

/** Every mention of the fixture, in reading order, as a reader sees them. */
const EXPECTED = [
  ['Acme', 'brand', 'unlinked', null], // a text node straight inside the form
  ['Acme', 'brand', 'linked-to-you', 'www.acme.com'],
  ['Acme Rocket', 'brand', 'linked-elsewhere', 'reviews.example'],
  ['Acme', 'brand', 'unlinked', null],
  ['Rival', 'competitor', 'unlinked', null],
  ['Rival', 'competitor', 'linked-to-you', 'rival.io'],
  ['Acme', 'brand', 'linked-to-you', 'acme.com'], // after the form
  ['Acme', 'brand', 'unlinked', null],
];

beforeEach(() => {
  undo = [];
});
afterEach(() => {
  for (const u of undo.reverse()) u();
  undo = [];
});

describe('brand mentions in a page whose form and document are clobbered', () => {
  it('the clobbering plainly breaks naive DOM reads of the form', () => {
    clobberedPage({ getAttribute: true });
    const f = form();
    expect(f.nodeType).not.toBe(1);
    expect(Array.from(f.childNodes)).toEqual([]);
    expect(() => f.getAttribute('id')).toThrow(TypeError);
    expect((f.parentNode as Element).localName).toBe('input');
  });

  it('walks all of the text inside the form, in reading order, while every member is shadowed', () => {
    const doc = clobberedPage({ getAttribute: true });
    const text = [...walkText(doc)].map((ev) => (ev.kind === 'text' ? ev.node.data : '|')).join('');
    const words = text.replace(/\|+/g, ' | ').replace(/\s+/g, ' ');
    expect(words).toContain('Acme sponsors this review, straight inside the form.');
    expect(words).toContain('We tried Acme first, on its own site.');
    expect(words).toContain('The Rival site links its own name.');
    expect(words.indexOf('Acme sponsors')).toBeLessThan(words.indexOf('Five link checkers'));
    expect(words).toContain('Outside the form: about Acme and plain Acme again.');
  });

  it('finds every mention, with its link state, inside and outside the form', () => {
    const doc = clobberedPage();
    const { scan, ranges } = scanMentions(doc, ACME_AND_RIVAL);
    expect(summary(scan)).toEqual(EXPECTED);
    expect(scan.mentions.every((m) => m.visible)).toBe(true);
    expect(ranges.map((r) => r.toString())).toEqual(scan.mentions.map((m) => m.matched));
  });

  it('gives the same scan as the page without the clobbering', () => {
    const plain = scanMentions(loadLiveFixture(loadFixture(FIXTURE)), ACME_AND_RIVAL).scan;
    const clobbered = scanMentions(clobberedPage(), ACME_AND_RIVAL).scan;
    expect(withoutTime(clobbered)).toEqual(withoutTime(plain));
  });

  it('re-reads part of the page inside the form (a live change there)', () => {
    const doc = clobberedPage();
    const { scan, partial } = scanMentions(doc, ACME_AND_RIVAL, { roots: [document.getElementById('plain')!] });
    expect(summary(scan)).toEqual(EXPECTED.slice(3, 5));
    expect(partial!.read.size).toBe(1);
  });
});

describe('the page scripts’ sessions in such a page', () => {
  let session: MentionSession | null = null;
  afterEach(() => {
    session?.stopWatching();
    session = null;
  });

  it('analyses it as a web page, at its own URL', async () => {
    const doc = clobberedPage();
    const result = await new PageSession(doc).analyze();
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.head.page.url).toBe(window.location.href);
  });

  it('finds the mentions, and finds them again when the page changes inside the form', async () => {
    const doc = clobberedPage();
    const told: MentionScan[] = [];
    session = new MentionSession(doc, { reading: pageReading(), flashBox, onMentionsChanged: (scan) => told.push(scan), watchTiming: FAST });
    const first = await session.find(ACME_AND_RIVAL);
    expect(summary(first.scan)).toEqual(EXPECTED);
    document.getElementById('plain')!.textContent = 'Plain text now, the brand gone.';
    await vi.waitFor(() => expect(told).toHaveLength(1));
    expect(summary(told[0]!)).toEqual([...EXPECTED.slice(0, 3), ...EXPECTED.slice(5)]);
  });
});
