import type { RejectedEntry } from './domain-list';
import { splitList } from './split-list';

/** Topics are keywords or short phrases; longer text is almost always a paste gone wrong. */
export const MAX_TOPIC_LENGTH = 60;

/** Read topics typed one per line or separated by commas: whitespace collapsed, duplicates (any case) dropped. */
export function parseTopicList(text: string): { topics: string[]; rejected: RejectedEntry[] } {
  const topics: string[] = [];
  const seen = new Set<string>();
  const rejected: RejectedEntry[] = [];
  for (const entry of splitList(text, /[\n,]+/)) {
    const topic = entry.replace(/\s+/g, ' ');
    if (topic.length > MAX_TOPIC_LENGTH) {
      rejected.push({ input: topic, reason: `is longer than ${MAX_TOPIC_LENGTH} characters: a topic is a keyword or a short phrase` });
      continue;
    }
    const key = topic.toLocaleLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    topics.push(topic);
  }
  return { topics, rejected };
}
