/**
 * Discussion threads: a forum page whose subject is a schema.org DiscussionForumPosting, or a
 * QAPage (a question and its answers, as Stack Exchange sites mark them). There the posts are
 * the page's content, so what marks each reply as a comment (schema.org Comment,
 * itemprop, a class or id, a "12 replies" heading) marks a post of the thread, not a comment
 * section under an article (hints.ts, stats.ts), and the main content takes in every post
 * (main-content.ts).
 */

import { attr, closest, queryAll, textOf } from '../dom-safe';

/** A posting marked inside these is a widget's ("latest threads"), not the page's subject. */
const ASIDE = 'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]';

const THREAD_TYPE = /(^|\/)(?:DiscussionForumPosting|QAPage)$/i;

/** Whether the page declares itself a forum thread, in microdata or JSON-LD. */
export function isForumThread(doc: Document): boolean {
  for (const el of queryAll(doc, '[itemtype]')) {
    for (const t of (attr(el, 'itemtype') ?? '').trim().split(/\s+/)) if (THREAD_TYPE.test(t) && !closest(el, ASIDE)) return true;
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

/** A JSON-LD node (or @graph, or array of nodes) whose @type is a thread's, a few levels deep. */
function declaresThread(data: unknown, depth: number): boolean {
  if (depth > 3 || data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((d) => declaresThread(d, depth + 1));
  const node = data as Record<string, unknown>;
  const type = node['@type'];
  const types = Array.isArray(type) ? type : [type];
  if (types.some((t) => typeof t === 'string' && THREAD_TYPE.test(t))) return true;
  return declaresThread(node['@graph'], depth + 1) || declaresThread(node['mainEntity'], depth + 1);
}
