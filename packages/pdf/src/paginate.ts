/**
 * Page breaking: rows of known height onto pages of known content height, top to bottom. A row marked
 * `keepWithNext` stays on the page of the row after it (a heading or question never ends a page without
 * its first answer line); a run of such rows taller than a whole page is broken where it must be. A row
 * taller than a page gets a page of its own. Pure: positions are offsets from the content top.
 */
export interface Row<T> {
  readonly height: number;
  /** Space above the row, dropped at the top of a page. */
  readonly spaceBefore?: number;
  readonly keepWithNext?: boolean;
  readonly content: T;
}

export interface PlacedRow<T> {
  /** Distance from the content area's top to the row's top. */
  readonly top: number;
  readonly row: Row<T>;
}

/** `firstPageHeight` may differ from the others' (the first page has no running header). */
export function paginate<T>(
  rows: readonly Row<T>[],
  pageHeight: number,
  firstPageHeight = pageHeight,
): PlacedRow<T>[][] {
  const pages: PlacedRow<T>[][] = [[]];
  let used = 0;
  const capacity = () => (pages.length === 1 ? firstPageHeight : pageHeight);
  const current = () => pages[pages.length - 1]!;
  const newPage = () => {
    pages.push([]);
    used = 0;
  };
  const place = (row: Row<T>) => {
    const space = current().length === 0 ? 0 : (row.spaceBefore ?? 0);
    current().push({ top: used + space, row });
    used += space + row.height;
  };
  const heightOf = (group: readonly Row<T>[], atTop: boolean) =>
    group.reduce((sum, row, index) => sum + row.height + (index === 0 && atTop ? 0 : (row.spaceBefore ?? 0)), 0);

  for (const group of keepGroups(rows)) {
    const onThisPage = current().length === 0 ? 0 : used;
    if (onThisPage + heightOf(group, current().length === 0) > capacity() && current().length > 0) {
      if (heightOf(group, true) <= pageHeight) newPage();
    }
    for (const row of group) {
      const space = current().length === 0 ? 0 : (row.spaceBefore ?? 0);
      if (current().length > 0 && used + space + row.height > capacity()) newPage();
      place(row);
    }
  }
  return pages;
}

/** Rows joined by keepWithNext, in order: each group ends with a row that does not keep with the next. */
function keepGroups<T>(rows: readonly Row<T>[]): Row<T>[][] {
  const groups: Row<T>[][] = [];
  let group: Row<T>[] = [];
  for (const row of rows) {
    group.push(row);
    if (!row.keepWithNext) {
      groups.push(group);
      group = [];
    }
  }
  if (group.length > 0) groups.push(group);
  return groups;
}
