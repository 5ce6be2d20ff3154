/**
 * A byline's link: a short name right after a byline's label ("By <a>Ann Lee</a>", "News
 * provided by <a>Tidewater Robotics</a>", GOV.UK's "From: <a>HM Revenue & Customs</a>"), not
 * after a credit ("Powered by", "Photo by"). The writer's, whether the page marks it or not.
 */
import { CREDIT_BEFORE, LABEL_BEFORE } from '../byline-words';
import { parentEl, tagOf } from '../dom-safe';
import { shortText, textBefore } from '../short-text';
import { countWords } from '../text';

/** A name is a few words: longer link text is a headline or a sentence. */
const MAX_NAME_CHARS = 80;
const MAX_NAME_WORDS = 6;
/** A byline is a line: a parent holding more text is a paragraph, not one. */
const MAX_LINE_CHARS = 300;
/** Inline wrappers a byline puts around the name ("By <span class="author"><a>…</a></span>"). */
const WRAPPERS = new Set(['span', 'strong', 'b', 'em', 'i', 'small', 'address', 'cite']);

export function isBylineLink(link: Element): boolean {
  const own = shortText(link, MAX_NAME_CHARS);
  if (!own || !own.trim() || countWords(own) > MAX_NAME_WORDS) return false;
  // Climb the wrappers that hold the name alone, to the line the label is in (all of it before
  // the name; nothing when the parent is longer than a line).
  let el = link;
  let before = textBefore(el, own, MAX_LINE_CHARS, MAX_LINE_CHARS);
  for (let hops = 0; hops < 2 && !before.trim(); hops++) {
    const up = parentEl(el);
    if (!up || !WRAPPERS.has(tagOf(up))) break;
    el = up;
    before = textBefore(el, shortText(el, MAX_NAME_CHARS) ?? '\u0000', MAX_LINE_CHARS, MAX_LINE_CHARS);
  }
  return LABEL_BEFORE.test(before) && !CREDIT_BEFORE.test(before);
}
