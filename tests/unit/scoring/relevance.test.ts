import { describe, expect, it } from 'vitest';
import { relevanceSignal } from '@/utils/scoring/signals/relevance';
import { pageReport, signalText } from './verdict-fixture';

const page = (over: Partial<{ title: string; headings: string[]; mainText: string; lang: string | null }>) => ({
  title: '',
  headings: [],
  mainText: '',
  lang: 'en',
  ...over,
});

describe('relevance signal', () => {
  it('without topics it is unknown, left out of the score, and asks for topics', () => {
    const r = relevanceSignal(page({ title: 'Link building tools' }), []);
    expect(r.signal.tone).toBe('unknown');
    expect(r.value).toBeNull();
    expect(r.signal.evidence).toEqual(['Add topics in settings to judge relevance']);
  });

  it('topics of blanks and repeats are no topics', () => {
    expect(relevanceSignal(page({}), ['  ', '']).signal.tone).toBe('unknown');
  });

  it('counts where each topic appears on the resource page: headings and text', () => {
    const { page: p } = pageReport('resource');
    const r = relevanceSignal(p, ['link building', 'SEO tools', 'link building ']);
    expect(r.signal.tone).toBe('good');
    expect(r.signal.summary).toBe('Relevant to 2 of 2 topics');
    expect(r.signal.evidence).toContain('‘link building’ in a heading, 5× in the text');
    expect(r.signal.evidence).toContain('‘SEO tools’ in a heading, 2× in the text');
  });

  it('a topic in the title weighs more than a passing mention in the text', () => {
    const inTitle = relevanceSignal(page({ title: 'Composting for beginners', mainText: 'Start small.' }), ['composting']);
    const passing = relevanceSignal(page({ title: 'Our garden year', mainText: 'We did some composting in May.' }), ['composting']);
    expect(inTitle.signal.tone).toBe('good');
    expect(inTitle.signal.evidence).toEqual(['‘composting’ in the title']);
    expect(passing.signal.tone).toBe('neutral');
    expect(passing.signal.evidence).toEqual(['‘composting’ 1× in the text']);
    expect(inTitle.value!).toBeGreaterThan(passing.value!);
  });

  it('a page on none of the topics is off topic and names them', () => {
    const r = relevanceSignal(page({ title: 'Dinner recipes', mainText: 'Lemon chicken and risotto.' }), ['link building', 'SEO']);
    expect(r.signal.tone).toBe('bad');
    expect(r.signal.evidence).toEqual(['not found: ‘link building’, ‘SEO’']);
    expect(r.reasons[0]!.text).toBe('Off topic: none of ‘link building’, ‘SEO’ on the page');
  });

  it('German page: "Pflanze" finds "Pflanzen" and "Kompost" finds "Kompostieren" with the German stemmer', () => {
    const { page: p } = pageReport('german');
    const r = relevanceSignal(p, ['Pflanze', 'Kompost']);
    expect(r.signal.tone).toBe('good');
    expect(signalText(r.signal)).toMatch(/‘Pflanze’ in a heading, 4× in the text/);
    expect(signalText(r.signal)).toMatch(/‘Kompost’ in a heading, 3× in the text/);
  });

  it('the same German page without a language is matched word for word, and says so', () => {
    const { page: p } = pageReport('german');
    const r = relevanceSignal({ ...p, lang: null }, ['Pflanze']);
    expect(r.signal.tone).toBe('bad');
    expect(r.signal.evidence).toContain('matched as written, without stemming (page language: not given)');
  });
});
