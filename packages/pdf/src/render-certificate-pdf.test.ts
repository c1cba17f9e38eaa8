import {
  answerLines,
  evaluateForm,
  isValueElement,
  SWEDISH_ANSWER_WORDS,
  visibleAnswers,
  type DiagnosisRow,
} from '@intyg/core';
import { describe, expect, it } from 'vitest';
import { PrintRefusedError } from './certificate-content.js';
import { printable as winAnsi } from './flow.js';
import { renderCertificatePdf } from './render-certificate-pdf.js';
import { decodeQrCode, normalizeSpace, pdfPages, pdfText } from './test-support/pdf-reading.js';
import { PRINT_CASES, printable, printCase, VERIFICATION_URL, type PrintCase } from './test-support/printouts.js';

const render = (
  c: PrintCase,
  certificate = printable(c),
  options: Parameters<typeof renderCertificatePdf>[2] = { protectedIdentity: false, verificationUrl: VERIFICATION_URL },
) => renderCertificatePdf(c.compiled, certificate, options);

/** What the printout must say for a question, as the reader sees it: WinAnsi, white space folded. */
const readable = (text: string) => normalizeSpace(winAnsi(text));

/** Every visible question with an answer, and the lines its answer reads as. */
function answeredQuestions(c: PrintCase) {
  const answers = visibleAnswers(c.compiled, c.maximal, c.today);
  const form = evaluateForm(c.compiled, answers, c.today);
  return c.compiled.elementsInOrder.flatMap((element) => {
    if (!isValueElement(element) || element.kind === 'unitContact' || !form.element(element.id).visible) return [];
    const lines = answerLines(element, answers[element.id], SWEDISH_ANSWER_WORDS);
    return lines.length === 0 ? [] : [{ id: element.id, label: element.label ?? '', lines }];
  });
}

describe('renderCertificatePdf, for the maximal fixture of every type and version', () => {
  it.each(PRINT_CASES.map((c) => [c.key, c] as const))(
    '%s: header, patient, every answered question with its answer, the issuer and the signature',
    async (_key, c) => {
      const text = pdfText(await render(c));
      const { model } = c.compiled;
      expect(text).toContain(readable(model.name));
      if (model.formId) expect(text).toContain(model.formId);
      expect(text).toContain(model.recipient === null ? 'Mottagare: patienten' : `Mottagare: ${model.recipient.name}`);
      expect(text).toContain('Tolvan Tolvansson, 19121212-1212');
      const questions = answeredQuestions(c);
      expect(questions.length).toBeGreaterThan(5);
      for (const question of questions) {
        expect(text, `${c.key} question ${question.id}`).toContain(readable(question.label));
        for (const line of question.lines) expect(text, `${c.key} answer of ${question.id}`).toContain(readable(line));
      }
      expect(text).toContain('Vårdenhet: Alfa Vårdcentral');
      expect(text).toContain('Vårdgivare: Alfa Regionen');
      expect(text).toContain('Läkare: Ajla Doktor');
      // 10:00 UTC is 12:00 in Stockholm in summer and 11:00 in winter.
      expect(text).toMatch(new RegExp(`Signerat elektroniskt av Ajla Doktor ${c.today} 1[12]:00 \\(svensk tid\\)`));
      expect(text).toContain(VERIFICATION_URL);
      expect(text).not.toContain('UTKAST');
      expect(text).not.toContain('MAKULERAT');
    },
  );

  it('prints the questions in the form’s order', async () => {
    const c = printCase('lisjp/2.0');
    const text = pdfText(await render(c));
    const positions = answeredQuestions(c).map((question) => text.indexOf(readable(question.label)));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('leaves out what the model’s rules hide for these answers, and says "Ej angivet" for an unanswered question', async () => {
    const c = printCase('lisjp/2.0');
    // Smittbärarpenning hides, among others, 28 "sysselsättning"; a draft still holds its answer.
    const text = pdfText(await render(c, printable(c, { ...c.maximal, '27': true }, 'draft')));
    expect(text).toContain('Förhållningsregler enligt smittskyddslagen på grund av smitta Ja');
    expect(text).not.toContain('I relation till vilken sysselsättning');
    expect(text).not.toContain('Föräldraledighet');
    const { '25': _ovrigt, ...withoutOvrigt } = c.maximal;
    expect(pdfText(await render(c, printable(c, withoutOvrigt)))).toContain('Övriga upplysningar Ej angivet');
  });

  it('shows periods as dates with grade and days, and diagnoses with code and title', async () => {
    const text = pdfText(await render(printCase('lisjp/2.0')));
    expect(text).toContain('100 procent: 2025-09-22 – 2025-10-05 (14 dagar)');
    expect(text).toMatch(/M545 Lumbago/);
  });
});

describe('marks, page numbers and the certificate id', () => {
  it('marks every page of a multi-page draft "UTKAST – får inte skickas", without signature or QR code', async () => {
    const c = printCase('lisjp/2.0');
    const pages = pdfPages(await render(c, printable(c, c.maximal, 'draft')));
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page).toContain('UTKAST – får inte skickas');
      expect(page).toContain(`Sida ${index + 1} av ${pages.length}`);
      expect(page).toContain('Intygs-id: 0195e7a2-7c1f-7b3c-9a2e-123456789abc');
    });
    const text = normalizeSpace(pages.join(' '));
    expect(text).toContain('Intyget är inte signerat.');
    expect(text).not.toContain('Signerat elektroniskt');
    expect(text).not.toContain(VERIFICATION_URL);
  });

  it('marks every page of a revoked certificate "MAKULERAT"', async () => {
    const c = printCase('luse/1.2');
    const pages = pdfPages(await render(c, printable(c, c.maximal, 'revoked')));
    for (const page of pages) expect(page).toContain('MAKULERAT');
  });

  it('carries a QR code that opens the verification page, printed as text beside it', async () => {
    const pdf = await render(printCase('ag114/2.0'));
    const pages = pdfPages(pdf);
    const page = pages.findIndex((text) => normalizeSpace(text).includes(VERIFICATION_URL)) + 1;
    expect(page).toBeGreaterThan(0);
    expect(decodeQrCode(pdf, page)).toBe(VERIFICATION_URL);
  });

  it('stays under 100 KB for the maximal lisjp', async () => {
    const pdf = await render(printCase('lisjp/2.0'));
    expect(pdf.byteLength).toBeLessThan(100 * 1024);
  });
});

describe('the patient', () => {
  it('prints neither name nor personal identity number of a patient with protected identity', async () => {
    const c = printCase('lisjp/2.0');
    const text = pdfText(await render(c, printable(c), { protectedIdentity: true, verificationUrl: VERIFICATION_URL }));
    expect(text).toContain('Patienten har skyddade personuppgifter (sekretessmarkering).');
    expect(text).not.toContain('Tolvan');
    expect(text).not.toContain('Tolvansson');
    expect(text).not.toMatch(/19121212-?1212/);
  });
});

describe('the diagnosis at the patient’s request (printOptions)', () => {
  const diagnosesOf = (c: PrintCase, id: string) => c.maximal[id] as readonly DiagnosisRow[];

  it.each([
    ['ag7804/2.0', '6'],
    ['ag7804/1.1', '6'],
    ['ag114/2.0', '4'],
    ['ag114/1.0', '4'],
  ])('%s: leaves out every code and title of %s and says why', async (key, diagnosisId) => {
    const c = printCase(key);
    const shown = pdfText(await render(c));
    const hidden = pdfText(
      await render(c, printable(c), {
        protectedIdentity: false,
        hideOnRequest: true,
        verificationUrl: VERIFICATION_URL,
      }),
    );
    const rows = diagnosesOf(c, diagnosisId);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(shown).toContain(row.code);
      expect(hidden).not.toContain(row.code);
      expect(hidden).not.toContain(readable(row.description));
    }
    expect(hidden).toContain('På patientens begäran uppges inte diagnos.');
    expect(shown).not.toContain('På patientens begäran');
  });

  it('is refused where the model does not allow it: a type without print options, smittbärarpenning', async () => {
    const lisjp = printCase('lisjp/2.0');
    const options = { protectedIdentity: false, hideOnRequest: true };
    await expect(render(lisjp, printable(lisjp), options)).rejects.toBeInstanceOf(PrintRefusedError);
    const ag7804 = printCase('ag7804/2.0');
    const smitta = printable(ag7804, { ...ag7804.maximal, '27': true });
    await expect(render(ag7804, smitta, options)).rejects.toBeInstanceOf(PrintRefusedError);
  });

  it('prints the notice where the patient said no in the certificate itself (3 = Nej)', async () => {
    const c = printCase('ag114/2.0');
    const { '4': _diagnoses, ...answers } = c.maximal;
    const text = pdfText(await render(c, printable(c, { ...answers, '3': false })));
    expect(text).toContain('På patientens begäran uppges inte diagnos.');
  });
});

describe('free text outside WinAnsi', () => {
  it('renders symbols, emoji and CJK instead of failing, keeping what can be shown', async () => {
    const c = printCase('lisjp/2.0');
    const text = 'Puls ≥ 120, Hb ≤ 90 → remiss; μg/l; naïve café 😀 漢字 ﬁnal\u200b tab\there';
    const pdf = await render(c, printable(c, { ...c.maximal, '25': text }));
    const printed = pdfText(pdf);
    expect(printed).toContain('Puls >= 120, Hb <= 90 -> remiss; µg/l; naïve café ? ?? final tab here');
  });
});
