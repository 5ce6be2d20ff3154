import { describe, expect, it } from 'vitest';
import { formatTags, parseTags, sameTags } from '@/utils/options/tag-list';
import { MAX_TOPIC_LENGTH, parseTopicList } from '@/utils/options/topic-list';

describe('topics', () => {
  it('reads one per line or comma separated, collapsing inner whitespace', () =>
    expect(parseTopicList('link building,  seo   tools\nlocal SEO').topics).toEqual(['link building', 'seo tools', 'local SEO']));
  it('drops a topic typed twice in another case, keeping the first spelling', () =>
    expect(parseTopicList('Local SEO\nlocal seo').topics).toEqual(['Local SEO']));
  it('rejects a paragraph pasted as a topic', () => {
    const long = 'word '.repeat(MAX_TOPIC_LENGTH);
    const r = parseTopicList(`seo\n${long}`);
    expect(r.topics).toEqual(['seo']);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]!.reason).toContain(`longer than ${MAX_TOPIC_LENGTH}`);
  });
});

describe('tags typed comma separated', () => {
  it('trims, drops empty entries and duplicates in any case', () => expect(parseTags(' outreach, ,Guest Post,guest post ,  ')).toEqual(['outreach', 'Guest Post']));
  it('reads nothing from a blank field, so tags can be cleared', () => expect(parseTags('  ')).toEqual([]));
  it('round-trips through the field', () => expect(parseTags(formatTags(['a b', 'c']))).toEqual(['a b', 'c']));
  it('sees a reordering as a change', () => {
    expect(sameTags(['a', 'b'], ['a', 'b'])).toBe(true);
    expect(sameTags(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameTags(['a'], ['a', 'b'])).toBe(false);
  });
});
