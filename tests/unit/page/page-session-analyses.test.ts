import { afterEach, describe, expect, it } from 'vitest';
import { PageSession } from '@/utils/page/page-session';

const page = (links: string[]) =>
  new DOMParser().parseFromString(`<!doctype html><title>P</title><main>${links.map((h) => `<a href="${h}">${h}</a>`).join(' ')}</main>`, 'text/html');

async function analysisOf(session: PageSession): Promise<string> {
  const answer = await session.analyze();
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.head.analysis;
}

describe('the analyses a page keeps for the background to read', () => {
  const sessions: PageSession[] = [];
  const open = (doc: Document) => {
    const s = new PageSession(doc);
    sessions.push(s);
    return s;
  };
  afterEach(() => sessions.splice(0).forEach((s) => s.dispose()));

  it('never answers for an analysis of another document in the tab (the page before a navigation)', async () => {
    const before = open(page(['https://a.example/']));
    const after = open(page(['https://b.example/', 'https://c.example/']));
    const id = await analysisOf(before);
    await analysisOf(after);
    expect(after.reportLinks(id, 0)).toEqual({ analysis: id, links: null });
    expect(before.reportLinks(id, 0).links?.map((l) => l.href)).toEqual(['https://a.example/']);
  });

  it('names each analysis differently', async () => {
    const session = open(page(['https://a.example/']));
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add(await analysisOf(session));
    expect(ids.size).toBe(20);
  });

  it('keeps the two latest analyses: an older one is answered as gone', async () => {
    const session = open(page(['https://a.example/']));
    const [first, second, third] = [await analysisOf(session), await analysisOf(session), await analysisOf(session)];
    expect(session.reportLinks(first, 0).links).toBeNull();
    expect(session.reportLinks(second, 0).links).toHaveLength(1);
    expect(session.reportLinks(third, 0).links).toHaveLength(1);
  });

  it('lets go of the links it kept once disposed (an orphaned copy)', async () => {
    const session = open(page(['https://a.example/']));
    const id = await analysisOf(session);
    session.dispose();
    expect(session.reportLinks(id, 0).links).toBeNull();
  });
});
