import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '@/utils/analysis/analyze';
import type { PageReport } from '@/utils/analysis/types';
import { loadFixture } from '../fixture';

/**
 * tests/fixtures/hostile/dom-clobbering.html: named elements shadow document's and a form's own
 * members ([LegacyOverrideBuiltIns]). Browsers expose them as own properties of the document and
 * the form; happy-dom has no named properties, so the test defines the same ones by hand, for the
 * members the analysis reads and happy-dom's own code does not lean on.
 */
const DOCUMENT_NAMES = ['body', 'URL', 'contentType', 'defaultView', 'querySelectorAll', 'querySelector', 'createTreeWalker', 'links', 'forms', 'images', 'getElementById'];
// Not `getAttribute`: happy-dom's own `style` reads the form's through it (dom-safe.test.ts covers it alone).
const FORM_NAMES = ['attributes', 'hasAttribute', 'localName', 'childNodes', 'parentElement', 'textContent', 'querySelectorAll', 'querySelector', 'closest', 'nodeType', 'style', 'lastChild', 'firstChild', 'contains', 'getRootNode', 'childElementCount', 'id', 'className'];
const URL = 'https://clobbered.example/post';

function clobbered(): Document {
  const doc = loadFixture('hostile/dom-clobbering.html');
  const form = doc.getElementById('page-form')!;
  const img = doc.querySelector('img')!;
  const input = form.querySelector('input')!;
  for (const name of DOCUMENT_NAMES) Object.defineProperty(doc, name, { value: img, configurable: true });
  for (const name of FORM_NAMES) Object.defineProperty(form, name, { value: input, configurable: true });
  return doc;
}

const withoutTime = (r: PageReport) => ({ ...r, durationMs: 0 });

describe('DOM clobbering', () => {
  it('the fixture, clobbered, plainly breaks naive DOM reads', () => {
    const doc = clobbered();
    const form = doc.getElementsByTagName('form')[1]!;
    expect(() => form.hasAttribute('hidden')).toThrow(TypeError);
    expect(() => doc.querySelectorAll('a')).toThrow(TypeError);
  });

  it('gives the same report as the page without the clobbering', () => {
    const plain = analyzeDocument(loadFixture('hostile/dom-clobbering.html'), { url: URL });
    const report = analyzeDocument(clobbered(), { url: URL });
    expect(withoutTime(report)).toEqual(withoutTime(plain));
  });

  it('reads the links of the clobbered form where they are', () => {
    const report = analyzeDocument(clobbered(), { url: URL });
    const byText = new Map(report.links.map((l) => [l.text, l]));
    expect(report.links.map((l) => l.text)).toEqual(['Home', 'About', 'the link checker', 'our sponsor', 'the guide', 'Privacy']);
    expect(byText.get('the link checker')).toMatchObject({ href: 'https://tools.example.org/checker', placement: 'content', rel: [] });
    expect(byText.get('our sponsor')).toMatchObject({ placement: 'content', rel: ['sponsored'] });
    expect(byText.get('the guide')).toMatchObject({ href: 'https://clobbered.example/guide', placement: 'content' });
    expect(byText.get('Home')?.placement).toBe('navigation');
    expect(byText.get('Privacy')?.placement).toBe('footer');
    expect(report.page.title).toBe('Clobbered document and form');
    expect(report.page.lang).toBe('en');
    expect(report.page.structure.commentForms).toBe(0);
    expect(report.page.mainText).toContain('Our pick is the link checker');
  });
});
