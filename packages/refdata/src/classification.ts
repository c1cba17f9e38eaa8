import { readLines } from './text-files.js';

/** A named range of three-character codes, such as the chapter `A00-B99` or the block `A00-A09`. */
export interface CodeRange {
  /** As written in the source, e.g. `A00-B99` or, for a statistics group, `A00-E90,G00-L99,N00-N99`. */
  readonly id: string;
  readonly title: string;
  readonly ranges: readonly (readonly [string, string])[];
}

export interface IcdClassification {
  readonly chapter?: CodeRange;
  readonly block?: CodeRange;
  readonly group?: CodeRange;
}

function parseRanges(id: string): [string, string][] {
  return id.split(',').map((range) => {
    const [from, to] = range.split('-');
    return [from!.trim(), (to ?? from)!.trim()];
  });
}

const contains = (range: CodeRange, code3: string) => range.ranges.some(([from, to]) => code3 >= from && code3 <= to);

/** ICD-10 chapters, blocks and the statistics diagnosis groups, and which of each a code belongs to. */
export class IcdClassifications {
  private constructor(
    readonly chapters: readonly CodeRange[],
    readonly blocks: readonly CodeRange[],
    readonly groups: readonly CodeRange[],
  ) {}

  /** Reads `diagnoskapitel.txt` (range then title), `block.txt` (range, tab, tab, title), `diagnosgrupper.txt` (ranges:title). */
  static load(dir: string): IcdClassifications {
    const chapters = readLines(`${dir}/diagnoskapitel.txt`).map((line) => {
      const id = line.slice(0, 7);
      return { id, title: line.slice(7).trim(), ranges: parseRanges(id) };
    });
    const blocks = readLines(`${dir}/block.txt`).map((line) => {
      const [id, ...rest] = line.split('\t');
      return { id: id!.trim(), title: rest.join(' ').trim(), ranges: parseRanges(id!.trim()) };
    });
    const groups = readLines(`${dir}/diagnosgrupper.txt`).map((line) => {
      const colon = line.indexOf(':');
      const id = line.slice(0, colon).trim();
      return { id, title: line.slice(colon + 1).trim(), ranges: parseRanges(id) };
    });
    return new IcdClassifications(chapters, blocks, groups);
  }

  of(code: string): IcdClassification {
    const code3 = code.slice(0, 3).toUpperCase();
    return {
      chapter: this.chapters.find((range) => contains(range, code3)),
      block: this.blocks.find((range) => contains(range, code3)),
      group: this.groups.find((range) => contains(range, code3)),
    };
  }
}
