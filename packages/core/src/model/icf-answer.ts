/**
 * The answer of an ICF question (element kind `icf`) and its one-text form in the national transport
 * format, where Webcert writes the chosen codes before the doctor's text (`ElementValueIcf.formatIcfValueText`):
 * "<collectionsLabel> <c1 - c2 - …>\n\n<text>", or the text alone when no code was chosen.
 */
import type { AnswerValue, IcfAnswer } from './answers.js';
import type { IcfElement } from './element.js';

/** An ICF code as FMB and Socialstyrelsen write it: component letter and up to five digits (b130, d2401). */
export const ICF_CODE_PATTERN = /^[bdes][0-9]{1,5}$/;

const CODE_SEPARATOR = ' - ';

/**
 * The answer read defensively: an object of the right shape, or a bare string (a text written before the
 * question offered ICF codes) as text without codes. Anything else is no answer.
 */
export function icfAnswerOf(value: AnswerValue | undefined): IcfAnswer | undefined {
  if (typeof value === 'string') return { text: value, icfCodes: [] };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const record = value as unknown as Record<string, unknown>;
  const { text, icfCodes } = record;
  if (typeof text !== 'string' || !Array.isArray(icfCodes)) return undefined;
  return { text, icfCodes: icfCodes.filter((code): code is string => typeof code === 'string') };
}

/** The text the recipient receives. */
export function icfTransportText(element: IcfElement, answer: IcfAnswer): string {
  if (answer.icfCodes.length === 0) return answer.text;
  return `${element.collectionsLabel} ${answer.icfCodes.join(CODE_SEPARATOR)}\n\n${answer.text}`;
}

/**
 * The inverse of `icfTransportText`: codes are read back only when the text starts with the element's
 * collections label followed by valid ICF codes and a blank line; any other text is the doctor's text as is.
 */
export function icfAnswerFromTransportText(element: IcfElement, transported: string): IcfAnswer {
  const prefix = `${element.collectionsLabel} `;
  const end = transported.indexOf('\n\n');
  if (!transported.startsWith(prefix) || end < 0) return { text: transported, icfCodes: [] };
  const codes = transported.slice(prefix.length, end).split(CODE_SEPARATOR);
  if (!codes.every((code) => ICF_CODE_PATTERN.test(code))) return { text: transported, icfCodes: [] };
  return { text: transported.slice(end + 2), icfCodes: codes };
}
