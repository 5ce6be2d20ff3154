import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { contentProtocol } from './content-protocol';
import type { RequestOf, ResponseOf } from './protocol';
import { RESPONSE_SCHEMAS } from './responses';
import { envelope, ProtocolError, unwrap } from './wire';

/** The messages a content script answers (every one with a schema for its answer). */
type PageMessage = keyof typeof contentProtocol;

/** A page answered, but not with what the protocol allows: its report is refused. */
export class InvalidAnswer extends ProtocolError {
  override name = 'InvalidAnswer';
}

/**
 * An answer from a page, checked field by field against its schema before anyone uses it. The
 * schema's output is what is kept: a hostile page's extra keys never get further.
 */
export function checkAnswer<K extends PageMessage>(type: K, value: unknown): ResponseOf<K> {
  const parsed = v.safeParse(RESPONSE_SCHEMAS[type], value);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    throw new InvalidAnswer(`Invalid ${type} answer at ${v.getDotPath(issue) ?? 'root'}: ${issue.message}`);
  }
  return parsed.output as ResponseOf<K>;
}

/**
 * Extension → the content script in a tab's top frame: its answer as it came, unchecked. Only
 * for a caller that checks it itself (collect-report.ts, with a quick check before the schema).
 */
export async function askTab<K extends PageMessage>(tabId: number, type: K, data: RequestOf<K>): Promise<unknown> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 }));
}

/** Extension → the content script in a tab's top frame; a page's answer is validated by its schema. */
export async function sendToTab<K extends PageMessage>(tabId: number, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return checkAnswer(type, await askTab(tabId, type, data));
}
