/**
 * Discussion threads: a forum page whose subject is a schema.org DiscussionForumPosting. There
 * the posts are the page's content, so the Comment markup on each reply marks a post of the
 * thread, not a comment section under an article.
 */

import { attr, queryAll, textOf } from '../dom-safe';

const THREAD_TYPE = /(^|\/)DiscussionForumPosting$/i;

/** Whether the page declares itself a forum thread, in microdata or JSON-LD. */
export function isForumThread(doc: Document): boolean {
  for (const el of queryAll(doc, '[itemtype]')) {
    for (const t of (attr(el, 'itemtype') ?? '').trim().split(/\s+/)) if (THREAD_TYPE.test(t)) return true;
  }
  for (const script of queryAll(doc, 'script[type="application/ld+json"]')) {
    let data: unknown;
    try {
      data = JSON.parse(textOf(script) ?? '');
    } catch {
      continue;
    }
    if (declaresThread(data, 0)) return true;
  }
  return false;
}

/** A JSON-LD node (or @graph, or array of nodes) whose @type is DiscussionForumPosting, a few levels deep. */
function declaresThread(data: unknown, depth: number): boolean {
  if (depth > 3 || data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((d) => declaresThread(d, depth + 1));
  const node = data as Record<string, unknown>;
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && THREAD_TYPE.test(t))) return true;
  return declaresThread(node['@graph'], depth + 1) || declaresThread(node['mainEntity'], depth + 1);
}
