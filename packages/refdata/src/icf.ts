import { readLines } from './text-files.js';

export interface IcfEntry {
  readonly code: string;
  readonly title: string;
  readonly description: string;
  readonly includes: string | null;
}

/** ICF codes with their Swedish titles, from Socialstyrelsen's "ICF alternativa termer 2019" (TSV with header). */
export class IcfCatalogue {
  private readonly entries = new Map<string, IcfEntry>();

  static load(file: string): IcfCatalogue {
    const catalogue = new IcfCatalogue();
    const [header, ...rows] = readLines(file);
    const column = new Map(header!.split('\t').map((name, index) => [name.trim(), index]));
    const at = (cells: string[], name: string) => (cells[column.get(name)!] ?? '').trim();
    for (const row of rows) {
      const cells = row.split('\t');
      const code = at(cells, 'code');
      if (code === '') continue;
      const includes = at(cells, 'includes');
      catalogue.entries.set(code, {
        code,
        title: at(cells, 'title'),
        description: at(cells, 'description'),
        includes: includes === '' ? null : includes,
      });
    }
    return catalogue;
  }

  get size(): number {
    return this.entries.size;
  }

  get(code: string): IcfEntry | undefined {
    return this.entries.get(code.trim().toLowerCase());
  }
}
