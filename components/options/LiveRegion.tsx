/**
 * Words for screen readers about a change they would not otherwise hear of (a selection, a pane
 * opening). Always in the page, empty when there is nothing to say: a region added together with
 * its text is not announced.
 */
export function LiveRegion(props: { text: string; testId?: string }) {
  return (
    <div role="status" class="sr-only" data-testid={props.testId}>
      {props.text}
    </div>
  );
}
