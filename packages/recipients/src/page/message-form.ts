/**
 * The page's form for a message to care, read and checked: every problem as a Swedish text tied to the field
 * it concerns (its input id), all at once, so the page can show them beside the entered values. Nothing is
 * stored unless the whole form is right.
 */
import { isValidDate } from '@intyg/core';
import type { MessageSubject } from '@intyg/riv';
import type { CertificateQuestion } from './questions.js';

/** The types a recipient may start, with their names on the page (domain.md §3). */
export const FORM_SUBJECTS = {
  KOMPLT: 'Komplettering',
  KONTKT: 'Kontakt',
  OVRIGT: 'Övrigt',
  AVSTMN: 'Avstämningsmöte',
  PAMINN: 'Påminnelse',
} as const satisfies Partial<Record<MessageSubject, string>>;

export type FormSubject = keyof typeof FORM_SUBJECTS;

export const LIMITS = { heading: 200, text: 10_000, questionText: 2_000 } as const;

/** What was entered, as entered: shown again when something is wrong. */
export interface MessageFormValues {
  readonly subject: string;
  readonly heading: string;
  readonly text: string;
  readonly lastReplyDate: string;
  readonly reminderOf: string;
  readonly questions: readonly string[];
  readonly questionTexts: Readonly<Record<string, string>>;
}

export const EMPTY_FORM: MessageFormValues = {
  subject: '',
  heading: '',
  text: '',
  lastReplyDate: '',
  reminderOf: '',
  questions: [],
  questionTexts: {},
};

export interface MessageInput {
  readonly subject: FormSubject;
  readonly heading: string;
  readonly text: string;
  readonly lastReplyDate?: string;
  readonly reminderOf?: string;
  readonly complements: readonly { readonly questionId: string; readonly text: string }[];
}

export interface FormError {
  /** The id of the input it concerns. */
  readonly field: string;
  readonly message: string;
}

export type FormResult =
  | { readonly ok: true; readonly input: MessageInput }
  | { readonly ok: false; readonly errors: readonly FormError[]; readonly values: MessageFormValues };

export interface FormContext {
  readonly questions: readonly CertificateQuestion[];
  /** The earlier messages to care of this certificate a reminder may name. */
  readonly reminderCandidates: readonly string[];
  /** YYYY-MM-DD, Stockholm. */
  readonly today: string;
}

/** The input id of a question's text field. */
export const questionTextField = (questionId: string) => `questionText-${questionId}`;

/** A url-encoded form body as field → values. */
export function formFields(body: string): Map<string, string[]> {
  const fields = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(body)) fields.set(name, [...(fields.get(name) ?? []), value]);
  return fields;
}

export function readMessageForm(fields: ReadonlyMap<string, readonly string[]>, context: FormContext): FormResult {
  const one = (name: string) => (fields.get(name)?.[0] ?? '').replace(/\r\n/g, '\n');
  const values: MessageFormValues = {
    subject: one('subject'),
    heading: one('heading').trim(),
    text: one('text').trim(),
    lastReplyDate: one('lastReplyDate').trim(),
    reminderOf: one('reminderOf'),
    questions: [...new Set(fields.get('question') ?? [])],
    questionTexts: Object.fromEntries(
      context.questions.map((question) => [question.id, one(questionTextField(question.id)).trim()]),
    ),
  };
  const errors: FormError[] = [];
  const error = (field: string, message: string) => errors.push({ field, message });

  const subject = Object.hasOwn(FORM_SUBJECTS, values.subject) ? (values.subject as FormSubject) : undefined;
  if (subject === undefined) error('subject-KOMPLT', 'Välj typ av ärende.');
  if (values.heading === '') error('heading', 'Skriv en rubrik.');
  if (values.heading.length > LIMITS.heading) error('heading', `Rubriken får vara högst ${LIMITS.heading} tecken.`);
  if (values.text === '' && subject !== 'KOMPLT') error('text', 'Skriv ett meddelande.');
  if (values.text.length > LIMITS.text) error('text', `Meddelandet får vara högst ${LIMITS.text} tecken.`);
  if (values.lastReplyDate !== '') {
    if (!/^\d{4}-\d\d-\d\d$/.test(values.lastReplyDate) || !isValidDate(values.lastReplyDate)) {
      error('lastReplyDate', 'Sista datum för svar ska vara ett datum ÅÅÅÅ-MM-DD.');
    } else if (values.lastReplyDate < context.today) {
      error('lastReplyDate', 'Sista datum för svar får inte ha passerat.');
    }
  }

  if (subject === 'PAMINN' && !context.reminderCandidates.includes(values.reminderOf)) {
    error('reminderOf', 'Välj vilket tidigare meddelande påminnelsen gäller.');
  }
  if (subject !== 'PAMINN' && values.reminderOf !== '') {
    error('reminderOf', 'Ett tidigare meddelande väljs bara för en påminnelse.');
  }

  const known = new Map(context.questions.map((question) => [question.id, question]));
  const complements = values.questions.flatMap((id) => {
    const question = known.get(id);
    if (question === undefined) {
      error('questions', `Intyget har ingen fråga ${id}.`);
      return [];
    }
    const text = values.questionTexts[id] ?? '';
    if (text === '') error(questionTextField(id), `Skriv vad som ska kompletteras i fråga ${id}.`);
    if (text.length > LIMITS.questionText) {
      error(questionTextField(id), `Texten till fråga ${id} får vara högst ${LIMITS.questionText} tecken.`);
    }
    return [{ questionId: id, text }];
  });
  if (subject === 'KOMPLT' && values.questions.length === 0) {
    error('questions', 'Välj minst en fråga som kompletteringen gäller.');
  }
  if (subject !== undefined && subject !== 'KOMPLT' && values.questions.length > 0) {
    error('questions', 'Frågor väljs bara för en komplettering.');
  }

  if (errors.length > 0 || subject === undefined) return { ok: false, errors, values };
  return {
    ok: true,
    input: {
      subject,
      heading: values.heading,
      text: values.text,
      ...(values.lastReplyDate === '' ? {} : { lastReplyDate: values.lastReplyDate }),
      ...(subject === 'PAMINN' ? { reminderOf: values.reminderOf } : {}),
      complements: subject === 'KOMPLT' ? complements : [],
    },
  };
}
