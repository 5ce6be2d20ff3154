/**
 * A data-layer refusal whose message is already a sentence for the user (a page that can't be a
 * prospect, a row deleted meanwhile); describeStorageError shows it as it is.
 */
export class ProspectError extends Error {
  override name = 'ProspectError';
}
