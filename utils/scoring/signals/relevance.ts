/**
 * Relevance: do the user's topics appear on the page? The title and headings say what a page is
 * about, so a topic there weighs more than a mention in the text; a single passing mention
 * weighs little. Matching is by stems in the page's language (text-terms.ts).
 */
import type { PageInfo } from '../../analysis/types';
import { countTopic, termReader } from '../text-terms';
import { decisiveness, type SignalResult } from './signal-result';
import { plural, quote } from './wording';

export type RelevanceInput = Pick<PageInfo, 'title' | 'headings' | 'mainText' | 'lang'>;

const WEIGHT = 1.25;
/** More topics than anyone types; a bound on the work. */
const MAX_TOPICS = 50;

interface TopicHit {
  topic: string;
  title: boolean;
  /** In the page's first heading (its h1, as a rule). */
  mainHeading: boolean;
  /** In how many of the other headings. */
  headings: number;
  text: number;
  /** 0-1: how strongly the page is about this topic. */
  strength: number;
}

/**
 * Strength of one topic on the page: the title 1, the main heading 0.85, another heading 0.6 (on a
 * listing that is one teaser among many), mentions in the text up to 0.7 (one mention 0.4).
 */
function strengthOf(hit: Omit<TopicHit, 'strength'>): number {
  const inText = hit.text > 0 ? Math.min(0.7, 0.25 + 0.15 * hit.text) : 0;
  return Math.max(hit.title ? 1 : 0, hit.mainHeading ? 0.85 : 0, hit.headings > 0 ? 0.6 : 0, inText);
}

function describe(hit: TopicHit): string {
  const where: string[] = [];
  if (hit.title) where.push('in the title');
  if (hit.mainHeading) where.push('in the main heading');
  if (hit.headings) where.push(hit.headings === 1 ? `in ${hit.mainHeading ? 'another' : 'a'} heading` : `in ${hit.headings} ${hit.mainHeading ? 'other ' : ''}headings`);
  if (hit.text) where.push(`${hit.text}× in the text`);
  return `${quote(hit.topic)} ${where.join(', ')}`;
}

/** Topics as the user typed them, trimmed, without repeats (case aside). */
export function cleanTopics(topics: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of topics) {
    const topic = t.trim().replace(/\s+/g, ' ');
    const key = topic.toLowerCase();
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    out.push(topic);
    if (out.length >= MAX_TOPICS) break;
  }
  return out;
}

export function relevanceSignal(page: RelevanceInput, userTopics: readonly string[]): SignalResult {
  const topics = cleanTopics(userTopics);
  if (!topics.length) {
    return {
      signal: { id: 'relevance', tone: 'unknown', summary: 'Relevance unknown: no topics set (not counted)', evidence: ['Add topics in settings to judge relevance'] },
      value: null,
      weight: WEIGHT,
      reasons: [{ text: 'Relevance not judged: add topics in settings', weight: 0 }],
    };
  }

  const reader = termReader(page.lang);
  const title = reader.terms(page.title);
  const [mainHeading = [], ...headings] = page.headings.map((h) => reader.terms(h));
  const text = reader.terms(page.mainText);
  const hits: TopicHit[] = topics.map((topic) => {
    const terms = reader.topic(topic);
    const hit = {
      topic,
      title: countTopic(title, terms, reader.language) > 0,
      mainHeading: countTopic(mainHeading, terms, reader.language) > 0,
      headings: headings.filter((h) => countTopic(h, terms, reader.language) > 0).length,
      text: countTopic(text, terms, reader.language),
    };
    return { ...hit, strength: strengthOf(hit) };
  });

  const found = hits.filter((h) => h.strength > 0).sort((a, b) => b.strength - a.strength || b.text - a.text);
  const missing = hits.filter((h) => h.strength === 0).map((h) => quote(h.topic));
  const best = found[0]?.strength ?? 0;
  const value = Math.round(15 + 75 * best + 10 * (found.length / topics.length));

  const evidence = found.map(describe);
  if (missing.length) evidence.push(`not found: ${missing.join(', ')}`);
  if (!reader.language) evidence.push(`matched as written, without stemming (page language: ${page.lang ?? 'not given'})`);

  const ofAll = `${found.length} of ${plural(topics.length, 'topic')}`;
  if (best >= 0.7) {
    return {
      signal: { id: 'relevance', tone: 'good', summary: `Relevant to ${ofAll}`, evidence },
      value,
      weight: WEIGHT,
      reasons: [{ text: `On topic: ${describe(found[0]!)}`, weight: decisiveness(value, WEIGHT) }],
    };
  }
  if (best > 0) {
    return {
      signal: { id: 'relevance', tone: 'neutral', summary: `Only passing mentions of ${ofAll}`, evidence },
      value,
      weight: WEIGHT,
      reasons: [{ text: `Only a passing mention of your topics: ${describe(found[0]!)}`, weight: decisiveness(value, WEIGHT) }],
    };
  }
  return {
    signal: { id: 'relevance', tone: 'bad', summary: topics.length === 1 ? 'Your topic is not on the page' : `None of your ${topics.length} topics on the page`, evidence },
    value,
    weight: WEIGHT,
    reasons: [{ text: `Off topic: none of ${missing.slice(0, 3).join(', ')}${missing.length > 3 ? '…' : ''} on the page`, weight: decisiveness(value, WEIGHT) }],
  };
}
