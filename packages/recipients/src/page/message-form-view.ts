/**
 * The form for a message to care, as HTML: labelled fields, the types as radio buttons, the certificate's
 * questions as checkboxes each with its text field, the reminder's earlier message as a list, and when the
 * last submission had problems, a summary linking to each field and the problem beside the field.
 */
import { esc } from './html.js';
import { FORM_SUBJECTS, LIMITS, questionTextField, type FormError, type MessageFormValues } from './message-form.js';
import type { CertificateQuestion } from './questions.js';

export interface MessageFormView {
  readonly action: string;
  readonly values: MessageFormValues;
  readonly errors: readonly FormError[];
  readonly questions: readonly CertificateQuestion[];
  /** Earlier messages to care a reminder may name: id and how the page names it. */
  readonly reminderCandidates: readonly { readonly messageId: string; readonly label: string }[];
}

export function messageFormHtml(view: MessageFormView): string {
  const { values, errors } = view;
  const errorOf = (field: string) => errors.filter((error) => error.field === field);
  /** The field's problems beside it, and the attributes that tie them to the input. */
  const problems = (field: string) => {
    const own = errorOf(field);
    if (own.length === 0) return { html: '', attributes: '' };
    const id = `${field}-error`;
    const html = `<p class="error" id="${id}">${own.map((error) => esc(error.message)).join(' ')}</p>`;
    return { html, attributes: ` aria-describedby="${id}" aria-invalid="true"` };
  };

  const subjectProblems = problems('subject-KOMPLT');
  const subjects = Object.entries(FORM_SUBJECTS)
    .map(([code, name]) => {
      const checked = values.subject === code ? ' checked' : '';
      const described = code === 'KOMPLT' ? subjectProblems.attributes : '';
      return (
        `<div class="option"><input type="radio" name="subject" id="subject-${code}" value="${code}"${checked}${described}>` +
        ` <label for="subject-${code}">${esc(name)}</label></div>`
      );
    })
    .join('\n');

  const heading = problems('heading');
  const text = problems('text');
  const textAttributes =
    text.html === '' ? ' aria-describedby="text-hint"' : ' aria-describedby="text-hint text-error" aria-invalid="true"';
  const lastReplyDate = problems('lastReplyDate');
  const reminderOf = problems('reminderOf');
  const reminderOptions = [
    `<option value="">Inget (bara för påminnelser)</option>`,
    ...view.reminderCandidates.map(
      (candidate) =>
        `<option value="${esc(candidate.messageId)}"${values.reminderOf === candidate.messageId ? ' selected' : ''}>` +
        `${esc(candidate.label)}</option>`,
    ),
  ].join('');

  const questions = problems('questions');
  const questionRows = view.questions
    .map((question) => {
      const checked = values.questions.includes(question.id) ? ' checked' : '';
      const field = questionTextField(question.id);
      const own = problems(field);
      return (
        `<div class="question"><div class="option"><input type="checkbox" name="question" id="question-${esc(question.id)}" ` +
        `value="${esc(question.id)}"${checked}> <label for="question-${esc(question.id)}">Fråga ${esc(question.id)}: ` +
        `${esc(question.label)}</label></div>\n` +
        `<label for="${esc(field)}">Vad ska kompletteras i fråga ${esc(question.id)}?</label>${own.html}` +
        `<input type="text" id="${esc(field)}" name="${esc(field)}" maxlength="${LIMITS.questionText}" ` +
        `value="${esc(values.questionTexts[question.id] ?? '')}"${own.attributes}></div>`
      );
    })
    .join('\n');

  return `${errorSummary(errors)}
<form method="post" action="${esc(view.action)}" novalidate>
<fieldset><legend>Typ av ärende</legend>${subjectProblems.html}
${subjects}
</fieldset>
<label for="heading">Rubrik</label>${heading.html}
<input type="text" id="heading" name="heading" maxlength="${LIMITS.heading}" value="${esc(values.heading)}"${heading.attributes}>
<label for="text">Meddelande</label>
<p class="muted" id="text-hint">För en komplettering räcker det att skriva vad som ska kompletteras per fråga.</p>${text.html}
<textarea id="text" name="text" maxlength="${LIMITS.text}"${textAttributes}>${esc(values.text)}</textarea>
<label for="lastReplyDate">Sista datum för svar (valfritt)</label>${lastReplyDate.html}
<input type="date" id="lastReplyDate" name="lastReplyDate" value="${esc(values.lastReplyDate)}"${lastReplyDate.attributes}>
<label for="reminderOf">Påminnelse om tidigare meddelande</label>${reminderOf.html}
<select id="reminderOf" name="reminderOf"${reminderOf.attributes}>${reminderOptions}</select>
<fieldset id="questions"${questions.attributes}><legend>Frågor som kompletteringen gäller (bara för komplettering)</legend>${questions.html}
${questionRows || '<p>Intyget har inga frågor att komplettera.</p>'}
</fieldset>
<button type="submit">Skicka till vården</button>
</form>`;
}

function errorSummary(errors: readonly FormError[]): string {
  if (errors.length === 0) return '';
  const items = errors.map((error) => `<li><a href="#${esc(error.field)}">${esc(error.message)}</a></li>`).join('');
  return (
    '<div class="errors" role="alert" aria-labelledby="error-summary-title">' +
    `<h3 id="error-summary-title">Meddelandet skickades inte. Rätta följande:</h3><ul>${items}</ul></div>`
  );
}
