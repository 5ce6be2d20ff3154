import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import { MAX_EMAILS, MAX_MAIN_TEXT } from '@/utils/analysis/page-text';
import { PageReportSchema } from '@/utils/messaging/report-schema';
import { loadFixture } from '../fixture';

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pageOf = (doc: Document, url = 'https://site.example/page') => analyzeDocument(doc, { url }).page;

describe('main text', () => {
  it('is the main content’s text only: not the menu, not the footer', () => {
    const { mainText } = pageOf(loadFixture('verdict/resource-page-useful-links.html'));
    expect(mainText.startsWith('Useful resources We get asked which link building and SEO tools we use.')).toBe(true);
    expect(mainText).toContain('Site crawler – finds broken links and redirect chains.');
    expect(mainText).not.toMatch(/Privacy|About us/);
  });

  it('leaves out hidden text, scripts and styles', () => {
    const { mainText } = pageOf(loadFixture('verdict/spam-casino-payday.html'));
    expect(mainText).toContain('Cheap viagra and cialis delivered overnight.');
    expect(mainText).not.toContain('viagra online');
    expect(mainText).not.toContain('pharmacy');
    const withScript = pageOf(parse('<main><p>Visible words here for the reader.</p><script>var secret = 1;</script><style>p{}</style><p hidden>Hidden words</p></main>'));
    expect(withScript.mainText).toBe('Visible words here for the reader.');
  });

  it('keeps a word split over inline tags whole, and keeps blocks apart', () => {
    const { mainText } = pageOf(parse('<main><p>Link<b>ing</b> is <a href="/x">easy</a>.</p><p>Second</p><ul><li>one</li><li>two</li></ul></main>'));
    expect(mainText).toBe('Linking is easy. Second one two');
  });

  it('is capped at 20,000 characters on a long page', () => {
    const long = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} has a few words in it.</p>`).join('');
    const { mainText } = pageOf(parse(`<main>${long}</main>`));
    expect(mainText.length).toBe(MAX_MAIN_TEXT);
    expect(mainText.endsWith('…')).toBe(true);
  });
});

describe('e-mail addresses', () => {
  it('reads mailto links (without ?subject) and addresses in the text, lower-cased and once each', () => {
    const { emails } = pageOf(loadFixture('verdict/resource-page-useful-links.html'));
    expect(emails).toEqual(['hello@crawlwise.example', 'editor@crawlwise.example']);
  });

  it('reads "name (at) site.example" and "name [at] site [dot] example"', () => {
    const { emails } = pageOf(parse('<main><p>Write to vorstand (at) garten.example or to info [at] garten [dot] example.</p></main>'));
    expect(emails).toEqual(['vorstand@garten.example', 'info@garten.example']);
  });

  it('ignores image names like logo@2x.png, hidden text and broken mailto links', () => {
    const { emails } = pageOf(
      parse('<main><img src="logo@2x.png" alt=""><p>logo@2x.png</p><p style="display:none">secret@hidden.example</p><a href="mailto:not-an-address">x</a><a href="mailto:a%40b">y</a></main>'),
    );
    expect(emails).toEqual([]);
  });

  it('reads several addresses in one mailto link', () => {
    const { emails } = pageOf(parse('<main><a href="mailto:one@site.example,Two@Site.example?cc=three@site.example">Mail us</a></main>'));
    expect(emails).toEqual(['one@site.example', 'two@site.example']);
  });

  it('reads an address in text beside other elements, and one inside a web component', () => {
    const doc = parse('<main><p>Mail <b>the editor</b> at editor@garden.example, please.</p><contact-card></contact-card></main>');
    doc.querySelector('contact-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Or write to <i>us</i>: team@garden.example</p>'; // test fixture markup, not page input
    expect(pageOf(doc).emails).toEqual(['editor@garden.example', 'team@garden.example']);
  });

  it('lists them in the order the page shows them, text between elements included', () => {
    const { emails } = pageOf(
      parse('<main><p>Write to <b>first@a.example</b> or second@a.example, then <i>third@a.example</i>.</p><p>fourth@a.example<br>fifth@a.example</p></main><footer>sixth@a.example</footer>'),
    );
    expect(emails).toEqual(['first@a.example', 'second@a.example', 'third@a.example', 'fourth@a.example', 'fifth@a.example', 'sixth@a.example']);
  });

  it('reads the text a web component’s slot shows, not children that no slot shows', () => {
    const doc = parse('<main><contact-card>shown@card.example</contact-card><plain-card>unshown@card.example</plain-card></main>');
    doc.querySelector('contact-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>Write to <slot></slot></p>'; // test fixture markup, not page input
    doc.querySelector('plain-card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>No slot here.</p>';
    expect(pageOf(doc).emails).toEqual(['shown@card.example']);
  });

  it('does not read addresses in a text box, a noscript block or under a hidden ancestor', () => {
    const { emails } = pageOf(
      parse('<main><textarea>draft@form.example</textarea><noscript><p>old@noscript.example</p></noscript><div hidden><p>Write <b>to</b> gone@hidden.example</p></div><p>shown@site.example</p></main>'),
    );
    expect(emails).toEqual(['shown@site.example']);
  });

  it('keeps at most 20', () => {
    const many = Array.from({ length: 30 }, (_, i) => `<p>user${i}@site.example</p>`).join('');
    expect(pageOf(parse(`<main>${many}</main>`)).emails).toHaveLength(MAX_EMAILS);
  });
});

describe('the report schema bounds the new fields', () => {
  const good = analyzeDocument(loadFixture('verdict/resource-page-useful-links.html'), { url: 'https://crawlwise.example/resources' });

  it('accepts what the analysis produces', () => {
    expect(v.safeParse(PageReportSchema, good).success).toBe(true);
  });

  it.each([
    ['a main text over 20,000 characters', { mainText: 'x'.repeat(MAX_MAIN_TEXT + 1) }],
    ['21 addresses', { emails: Array.from({ length: 21 }, (_, i) => `a${i}@b.example`) }],
    ['an address of 300 characters', { emails: [`${'a'.repeat(290)}@b.example`] }],
    ['no main text', { mainText: undefined }],
  ])('rejects %s from a hostile page', (_name, change) => {
    const bad = { ...good, page: { ...good.page, ...change } };
    expect(v.safeParse(PageReportSchema, bad).success).toBe(false);
  });
});
