/**
 * The printout's running content as a list of items (headings, questions, answers, notices, the QR code),
 * and those items as rows of lines ready for page breaking. Styles are the printout's whole typography.
 */
import type { Row } from './paginate.js';
import { toWinAnsi } from './winansi.js';
import { wrapText, type Measure } from './wrap.js';

export type FontName = 'regular' | 'bold';
export type TextStyle = 'title' | 'subtitle' | 'heading' | 'label' | 'body' | 'note' | 'small';

export interface StyleSpec {
  readonly font: FontName;
  /** Font size in points. */
  readonly size: number;
  /** Distance from one line's top to the next's, in points. */
  readonly leading: number;
  /** Grey for secondary text. */
  readonly muted?: boolean;
}

export const STYLES: Readonly<Record<TextStyle, StyleSpec>> = {
  title: { font: 'bold', size: 16, leading: 20 },
  subtitle: { font: 'regular', size: 10, leading: 13, muted: true },
  heading: { font: 'bold', size: 12, leading: 16 },
  label: { font: 'bold', size: 9.5, leading: 12.5 },
  body: { font: 'regular', size: 10, leading: 13 },
  note: { font: 'regular', size: 9, leading: 12, muted: true },
  small: { font: 'regular', size: 7.5, leading: 9.5, muted: true },
};

/** Points per nesting level of a question under another. */
export const INDENT = 12;
/** Side of the QR code, in points (about 27 mm: easy for a phone camera). */
export const QR_SIZE = 76;
const QR_GAP = 12;

export type FlowItem =
  | {
      readonly kind: 'text';
      readonly style: TextStyle;
      /** Any Unicode text; line breaks are kept. */
      readonly text: string;
      /** Nesting level. */
      readonly indent?: number;
      readonly keepWithNext?: boolean;
      /** No page break between the item's own lines (an address block). */
      readonly keepTogether?: boolean;
      readonly spaceBefore?: number;
    }
  | { readonly kind: 'rule'; readonly keepWithNext?: boolean; readonly spaceBefore?: number }
  | {
      readonly kind: 'qr';
      /** Dark modules, row by row. */
      readonly modules: readonly (readonly boolean[])[];
      /** Text beside the code, e.g. the verification URL. */
      readonly caption: readonly { readonly style: TextStyle; readonly text: string }[];
      readonly spaceBefore?: number;
    };

/** What a row draws. Text is already WinAnsi and fits the width. */
export type RowContent =
  | { readonly kind: 'text'; readonly style: TextStyle; readonly text: string; readonly x: number }
  | { readonly kind: 'rule' }
  | {
      readonly kind: 'qr';
      readonly modules: readonly (readonly boolean[])[];
      readonly caption: readonly { readonly style: TextStyle; readonly text: string; readonly top: number }[];
    };

/** Items as rows for a content area `width` points wide; `measure` gives a text's width in a style. */
export function flowRows(
  items: readonly FlowItem[],
  width: number,
  measure: (style: TextStyle) => Measure,
): Row<RowContent>[] {
  return items.flatMap((item): Row<RowContent>[] => {
    switch (item.kind) {
      case 'rule':
        return [
          { height: 6, spaceBefore: item.spaceBefore ?? 0, keepWithNext: item.keepWithNext ?? false, content: item },
        ];
      case 'text': {
        const x = (item.indent ?? 0) * INDENT;
        const lines = wrapText(printable(item.text), width - x, measure(item.style));
        return lines.map((text, index) => ({
          height: STYLES[item.style].leading,
          spaceBefore: index === 0 ? (item.spaceBefore ?? 0) : 0,
          keepWithNext: index === lines.length - 1 ? (item.keepWithNext ?? false) : (item.keepTogether ?? false),
          content: { kind: 'text', style: item.style, text, x },
        }));
      }
      case 'qr': {
        const captionWidth = width - QR_SIZE - QR_GAP;
        let top = 0;
        const caption = item.caption.flatMap(({ style, text }) =>
          wrapText(printable(text), captionWidth, measure(style)).map((line) => {
            const placed = { style, text: line, top };
            top += STYLES[style].leading;
            return placed;
          }),
        );
        return [
          {
            height: Math.max(QR_SIZE, top),
            spaceBefore: item.spaceBefore ?? 0,
            content: { kind: 'qr', modules: item.modules, caption },
          },
        ];
      }
    }
  });
}

/** Each line in WinAnsi characters, the line breaks kept. */
export function printable(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => toWinAnsi(line))
    .join('\n');
}
