/**
 * `renderCertificatePdf`: a certificate as an A4 PDF with pdf-lib and the standard Helvetica fonts
 * (WinAnsi, not embedded: about 4 ms for two pages against 30–85 ms with an embedded TrueType font,
 * reference/stack.md §7). Content and page breaks come from `certificate-content.ts`, `flow.ts` and
 * `paginate.ts`; this module only measures and draws. Every page carries the mark (UTKAST / MAKULERAT),
 * a running header from page 2, and a footer with the certificate id and "Sida n av N".
 */
import type { CompiledModel } from '@intyg/core';
import {
  PDFDocument,
  StandardFonts,
  concatTransformationMatrix,
  fill,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import { certificateContent, pageMark, type PrintableCertificate, type RenderOptions } from './certificate-content.js';
import { flowRows, QR_SIZE, STYLES, type FontName, type RowContent, type TextStyle } from './flow.js';
import { PageText, type Rgb } from './page-text.js';
import { paginate, type PlacedRow } from './paginate.js';
import { PRINT_TEXTS } from './print-texts.js';
import { darkRuns } from './qr.js';
import { toWinAnsi } from './winansi.js';
import type { Measure } from './wrap.js';

const A4: [number, number] = [595.28, 841.89];
const MARGIN_X = 56;
const TOP = A4[1] - 42;
const CONTENT_WIDTH = A4[0] - 2 * MARGIN_X;
const MARK_HEIGHT = 24;
const MARK_SIZE = 13;
const RUNNING_HEADER_HEIGHT = 22;
const FOOTER_Y = 28;
const CONTENT_BOTTOM = 56;
const QR_CAPTION_X = QR_SIZE + 12;
const MARK_COLOR: Rgb = [0.72, 0, 0];
const MUTED: Rgb = [0.35, 0.35, 0.35];
const TEXT: Rgb = [0, 0, 0];

type Fonts = Readonly<Record<FontName, PDFFont>>;

/** One page being drawn: the page, its text object and the fonts. */
interface Canvas {
  readonly page: PDFPage;
  readonly text: PageText;
  readonly fonts: Fonts;
}

export async function renderCertificatePdf(
  compiled: CompiledModel,
  certificate: PrintableCertificate,
  options: RenderOptions,
): Promise<Uint8Array> {
  const items = certificateContent(compiled, certificate, options);
  const doc = await PDFDocument.create({ updateMetadata: false });
  const fonts: Fonts = {
    regular: doc.embedStandardFont(StandardFonts.Helvetica),
    bold: doc.embedStandardFont(StandardFonts.HelveticaBold),
  };
  const mark = pageMark(certificate);
  const contentTop = TOP - (mark === undefined ? 0 : MARK_HEIGHT + 8);
  const firstHeight = contentTop - CONTENT_BOTTOM;
  const rows = flowRows(items, CONTENT_WIDTH, (style) => measurer(fonts, style));
  const pages = paginate(rows, firstHeight - RUNNING_HEADER_HEIGHT, firstHeight);

  const { model } = compiled;
  const runningHeader = toWinAnsi([model.name, model.formId].filter(Boolean).join(' · '));
  pages.forEach((placed, index) => {
    const page = doc.addPage(A4);
    const canvas: Canvas = { page, text: new PageText(page), fonts };
    const top = index === 0 ? contentTop : contentTop - RUNNING_HEADER_HEIGHT;
    if (mark !== undefined) drawMark(canvas, toWinAnsi(mark));
    if (index > 0) drawText(canvas, 'note', runningHeader, MARGIN_X, contentTop - STYLES.note.size);
    for (const row of placed) drawRow(canvas, row, top);
    drawFooter(canvas, certificate.id, index + 1, pages.length);
    canvas.text.flush();
  });

  // Metadata without personal data: the type and the certificate id only.
  doc.setTitle(toWinAnsi(`${model.name} ${certificate.id}`));
  doc.setLanguage('sv-SE');
  doc.setCreator('Intyg');
  doc.setProducer('Intyg (pdf-lib)');
  return doc.save({ useObjectStreams: false });
}

/** Character widths per font, read once per process from the standard fonts' metrics (widths at size 1000). */
const charWidths = new Map<FontName, Map<string, number>>();

/** A text's width in a style: the sum of its characters' widths (the standard fonts are drawn without kerning). */
function measurer(fonts: Fonts, style: TextStyle): Measure {
  const { font, size } = STYLES[style];
  let widths = charWidths.get(font);
  if (widths === undefined) charWidths.set(font, (widths = new Map()));
  const table = widths;
  return (text) => {
    let total = 0;
    for (const char of text) {
      let width = table.get(char);
      if (width === undefined) {
        width = fonts[font].widthOfTextAtSize(char, 1000);
        table.set(char, width);
      }
      total += width;
    }
    return (total * size) / 1000;
  };
}

function drawRow(canvas: Canvas, { top, row }: PlacedRow<RowContent>, contentTop: number): void {
  const y = contentTop - top;
  const content = row.content;
  switch (content.kind) {
    case 'text':
      // The baseline sits one font size below the line's top.
      drawText(canvas, content.style, content.text, MARGIN_X + content.x, y - STYLES[content.style].size);
      break;
    case 'rule':
      canvas.page.drawLine({
        start: { x: MARGIN_X, y: y - 2 },
        end: { x: MARGIN_X + CONTENT_WIDTH, y: y - 2 },
        thickness: 0.6,
        color: rgb(...MUTED),
      });
      break;
    case 'qr':
      drawQr(canvas.page, content.modules, MARGIN_X, y - QR_SIZE, QR_SIZE);
      for (const line of content.caption) {
        drawText(canvas, line.style, line.text, MARGIN_X + QR_CAPTION_X, y - line.top - STYLES[line.style].size);
      }
      break;
  }
}

function drawText(canvas: Canvas, style: TextStyle, text: string, x: number, y: number, color?: Rgb): void {
  const spec = STYLES[style];
  canvas.text.add(canvas.fonts[spec.font], spec.size, color ?? (spec.muted ? MUTED : TEXT), x, y, text);
}

/**
 * The code as one path of rectangles, one per horizontal run of dark modules; the page is its light
 * background. A matrix maps module units to points (rows downwards), so the path holds small integers only.
 */
function drawQr(page: PDFPage, modules: readonly (readonly boolean[])[], x: number, y: number, size: number): void {
  const module = size / modules.length;
  page.pushOperators(
    pushGraphicsState(),
    concatTransformationMatrix(module, 0, 0, -module, x, y + size),
    setFillingGrayscaleColor(0),
    ...darkRuns(modules).map((run) => rectangle(run.col, run.row, run.length, 1)),
    fill(),
    popGraphicsState(),
  );
}

/** A framed red banner across the top of the page. */
function drawMark(canvas: Canvas, mark: string): void {
  canvas.page.drawRectangle({
    x: MARGIN_X,
    y: TOP - MARK_HEIGHT,
    width: CONTENT_WIDTH,
    height: MARK_HEIGHT,
    borderColor: rgb(...MARK_COLOR),
    borderWidth: 1.5,
  });
  const width = canvas.fonts.bold.widthOfTextAtSize(mark, MARK_SIZE);
  const x = MARGIN_X + (CONTENT_WIDTH - width) / 2;
  const y = TOP - MARK_HEIGHT + (MARK_HEIGHT - MARK_SIZE) / 2 + 3;
  canvas.text.add(canvas.fonts.bold, MARK_SIZE, MARK_COLOR, x, y, mark);
}

function drawFooter(canvas: Canvas, id: string, number: number, count: number): void {
  drawText(canvas, 'small', toWinAnsi(PRINT_TEXTS.footer(id)), MARGIN_X, FOOTER_Y);
  const pageText = PRINT_TEXTS.page(number, count);
  const width = canvas.fonts.regular.widthOfTextAtSize(pageText, STYLES.small.size);
  drawText(canvas, 'small', pageText, MARGIN_X + CONTENT_WIDTH - width, FOOTER_Y);
}
