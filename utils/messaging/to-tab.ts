import * as v from 'valibot';
import { browser } from 'wxt/browser';
import type { MessageType, RequestOf, ResponseOf } from './protocol';
import { RESPONSE_SCHEMAS } from './responses';
import { envelope, ProtocolError, unwrap } from './wire';

/** A page answered, but not with what the protocol allows: its report is refused. */
export class InvalidAnswer extends ProtocolError {
  override name = 'InvalidAnswer';
}

/**
 * An answer from a page, checked field by field against its schema before anyone uses it. The
 * schema's output is what is kept: a hostile page's extra keys never get further.
 */
export function checkAnswer<K extends MessageType>(type: K, value: unknown): ResponseOf<K> {
  const schema = RESPONSE_SCHEMAS[type];
  if (!schema) return value as ResponseOf<K>;
  const parsed = v.safeParse(schema, value);
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
export async function askTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<unknown> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, envelope(type, data), { frameId: 0 }));
}

/** Extension → the content script in a tab's top frame; a page's answer is validated by its schema. */
export async function sendToTab<K extends MessageType>(tabId: number, type: K, data: RequestOf<K>): Promise<ResponseOf<K>> {
  return checkAnswer(type, await askTab(tabId, type, data));
}
