import { docUrl } from './dom-safe';
import { layoutOf } from './layout';
import { placementModelSteps } from './placement';
import { shadowRootSteps } from './shadow-roots';
import type { Placement } from './types';
import { createVisibility, type Visibility } from './visibility';

/**
 * What reading a page's text for mentions borrows from the link analysis: whether an element
 * is visible and where it sits. Handed to the mention scan rather than imported by it, so the
 * mention script (injected only when mentions are asked for) uses the content script's copy of
 * the analysis instead of carrying a second one.
 */
export interface PageReading {
  /** A visibility check for the elements of one document (each frame has its own). */
  visibility(doc: Document): (el: Element) => Visibility;
  /** Where the page's elements sit, built in steps (the scan yields between them). */
  placement(doc: Document): Generator<void, (el: Element) => Placement>;
}

/**
 * The link analysis' reading of a page. `analysed` gives the placement of the last analysis
 * of this page, when there is one: a new model is built only when there is none (auto-scan
 * scans pages nobody inspected).
 */
export function pageReading(analysed: () => ((el: Element) => Placement) | undefined = () => undefined): PageReading {
  return {
    visibility: (doc) => createVisibility(doc, layoutOf(doc)),
    *placement(doc) {
      const known = analysed();
      if (known) return known;
      yield;
      const model = yield* placementModelSteps(doc, layoutOf(doc), docUrl(doc), yield* shadowRootSteps(doc));
      yield;
      return (el) => model.classify(el).placement;
    },
  };
}
