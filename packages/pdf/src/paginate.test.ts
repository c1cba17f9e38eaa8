import { describe, expect, it } from 'vitest';
import { paginate, type Row } from './paginate.js';

const row = (content: string, height = 10, extra: Partial<Row<string>> = {}): Row<string> => ({
  height,
  content,
  ...extra,
});
const contents = (pages: ReturnType<typeof paginate<string>>) => pages.map((page) => page.map((p) => p.row.content));

describe('paginate', () => {
  it('fills a page and goes on on the next, placing rows one under the other', () => {
    const pages = paginate([row('a'), row('b'), row('c')], 25);
    expect(contents(pages)).toEqual([['a', 'b'], ['c']]);
    expect(pages[0]!.map((p) => p.top)).toEqual([0, 10]);
    expect(pages[1]![0]!.top).toBe(0);
  });

  it('keeps a row with the next one, moving both to the next page', () => {
    const pages = paginate([row('a'), row('heading', 10, { keepWithNext: true }), row('answer')], 25);
    expect(contents(pages)).toEqual([['a'], ['heading', 'answer']]);
  });

  it('drops the space before a row at the top of a page, and counts it elsewhere', () => {
    const pages = paginate([row('a'), row('b', 10, { spaceBefore: 5 }), row('c', 10, { spaceBefore: 5 })], 30);
    expect(pages[0]!.map((p) => p.top)).toEqual([0, 15]);
    expect(pages[1]!.map((p) => p.top)).toEqual([0]);
  });

  it('breaks a group taller than a page where it must', () => {
    const keep = { keepWithNext: true };
    const pages = paginate([row('a'), row('b', 10, keep), row('c', 10, keep), row('d', 10, keep), row('e')], 25);
    expect(contents(pages)).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
  });

  it('gives a row taller than a page a page of its own, and has a smaller first page when asked', () => {
    expect(contents(paginate([row('a'), row('tall', 50), row('b')], 25))).toEqual([['a'], ['tall'], ['b']]);
    expect(contents(paginate([row('a'), row('b'), row('c')], 30, 10))).toEqual([['a'], ['b', 'c']]);
  });
});
