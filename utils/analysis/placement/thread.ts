/**
 * Discussion threads: a forum page whose subject is a schema.org DiscussionForumPosting, or a
 * QAPage (a question and its answers, as Stack Exchange sites mark them), or that holds the
 * posts of a forum engine that declares nothing (phpBB, MyBB, vBulletin, SMF). There the posts are
 * the page's content, so what marks each reply as a comment (schema.org Comment,
 * itemprop, a class or id, a "12 replies" heading) marks a post of the thread, not a comment
 * section under an article (hints.ts, stats.ts), and the main content takes in every post
 * (main-content.ts).
 */

import { attr, closest, query, queryAll, tagOf } from '../dom-safe';
import { ENGINE_MESSAGES, engineMessageName } from './post-messages';
import { jsonLdNodes, jsonTypes } from '../meta-tags';

/** A posting marked inside these is a widget's ("latest threads"), not the page's subject. */
const ASIDE = 'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"]';

const FORUM_TYPE = /(^|\/)DiscussionForumPosting$/i;
const QA_TYPE = /(^|\/)QAPage$/i;
const QUESTION_TYPE = /(^|\/)Question$/i;

/**
 * Whether the page declares itself a forum thread, in microdata or JSON-LD. A QAPage counts only
 * with the question it is about (as schema.org and Google define it): a blog post that merely
 * calls itself one keeps its comment section.
 */
export function isForumThread(doc: Document): boolean {
  for (const el of queryAll(doc, '[itemtype]')) {
    const types = typesOf(attr(el, 'itemtype'));
    if (!types.some((t) => FORUM_TYPE.test(t) || QA_TYPE.test(t)) || closest(el, ASIDE)) continue;
    if (types.some((t) => FORUM_TYPE.test(t)) || holdsQuestion(el)) return true;
  }
  // The page's JSON-LD as page fields read it (blocks over a megabyte skipped), @graph flattened.
  for (const node of jsonLdNodes(doc)) if (declaresThread(node, 1)) return true;
  // Most forum software declares nothing: phpBB, MyBB, vBulletin, older XenForo.
  return holdsForumPosts(doc);
}

/** Whether the page holds two or more posts in a forum engine's markup (post-messages.ts), outside widgets. */
function holdsForumPosts(doc: Document): boolean {
  let posts = 0;
  for (const el of queryAll(doc, ENGINE_MESSAGES)) {
    if (closest(el, ASIDE) || !engineMessageName(tagOf(el), attr(el, 'id'), attr(el, 'class'))) continue;
    if (++posts >= 2) return true;
  }
  return false;
}

function typesOf(itemtype: string | null): string[] {
  return (itemtype ?? '').trim().split(/\s+/);
}

/** A microdata QAPage's question: an item of type Question inside it. */
function holdsQuestion(page: Element): boolean {
  return query(page, '[itemtype$="/Question" i]') !== null;
}


/** Whether a JSON-LD value is, or lists, a node of a type `re` matches, or a reference to a node (`{"@id": …}` alone). */
function namesNodeOfType(data: unknown, re: RegExp): boolean {
  const nodes = Array.isArray(data) ? data : [data];
  return nodes.some((n) => {
    if (n === null || typeof n !== 'object') return false;
    const node = n as Record<string, unknown>;
    const types = jsonTypes(node);
    return types.some((t) => re.test(t)) || (types.length === 0 && typeof node['@id'] === 'string');
  });
}

/** A JSON-LD node (or @graph, or array of nodes) whose @type is a thread's, a few levels deep. */
function declaresThread(data: unknown, depth: number): boolean {
  if (depth > 3 || data === null || typeof data !== 'object') return false;
  if (Array.isArray(data)) return data.some((d) => declaresThread(d, depth + 1));
  const node = data as Record<string, unknown>;
  const types = jsonTypes(node);
  if (types.some((t) => FORUM_TYPE.test(t))) return true;
  if (types.some((t) => QA_TYPE.test(t)) && namesNodeOfType(node['mainEntity'], QUESTION_TYPE)) return true;
  return declaresThread(node['@graph'], depth + 1) || declaresThread(node['mainEntity'], depth + 1);
}
