/**
 * All the text of one page in one text object (BT … ET): font, size and colour are set only when they
 * change, and each line is one relative move and one show. pdf-lib's `drawText` wraps every line in its own
 * graphics state and text object with a full text matrix and colour, which made drawing a third of a
 * printout's time. Text must be WinAnsi already (see winansi.ts).
 */
import {
  beginText,
  endText,
  moveText,
  popGraphicsState,
  pushGraphicsState,
  setFillingRgbColor,
  setFontAndSize,
  showText,
  type PDFFont,
  type PDFName,
  type PDFOperator,
  type PDFPage,
} from 'pdf-lib';

/** Red, green and blue, 0–1. */
export type Rgb = readonly [number, number, number];

export class PageText {
  private readonly operators: PDFOperator[] = [];
  private readonly keys = new Map<PDFFont, PDFName>();
  private font: PDFFont | undefined;
  private size = 0;
  private color: Rgb | undefined;
  private x = 0;
  private y = 0;

  constructor(private readonly page: PDFPage) {}

  /** `text` with its baseline starting at (x, y). */
  add(font: PDFFont, size: number, color: Rgb, x: number, y: number, text: string): void {
    if (text === '') return;
    if (font !== this.font || size !== this.size) {
      this.operators.push(setFontAndSize(this.keyOf(font), size));
      this.font = font;
      this.size = size;
    }
    if (color !== this.color) {
      this.operators.push(setFillingRgbColor(color[0], color[1], color[2]));
      this.color = color;
    }
    // Td moves relative to the start of the previous line; positions are kept rounded so moves add up exactly.
    const [toX, toY] = [round(x), round(y)];
    this.operators.push(moveText(round(toX - this.x), round(toY - this.y)), showText(font.encodeText(text)));
    this.x = toX;
    this.y = toY;
  }

  /** Writes the text object to the page; call once, after the last `add`. */
  flush(): void {
    if (this.operators.length === 0) return;
    this.page.pushOperators(pushGraphicsState(), beginText(), ...this.operators, endText(), popGraphicsState());
  }

  private keyOf(font: PDFFont): PDFName {
    let key = this.keys.get(font);
    if (key === undefined) {
      key = this.page.node.newFontDictionary(font.name, font.ref);
      this.keys.set(font, key);
    }
    return key;
  }
}

/** Hundredths of a point: finer than any printer, and short in the content stream. */
const round = (value: number) => Math.round(value * 100) / 100;
