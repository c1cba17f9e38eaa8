/**
 * The limits an element puts on its answer, in words: text limits, date limits, integer and visual
 * acuity ranges, most rows/selections/periods. One string per limit, in a fixed order per kind.
 */
import type { DateLimits, ElementSpec } from '@intyg/core';
import { visualAcuityCellLabel } from './field-names.js';
import { quoted } from './markdown.js';

export function limitsOf(element: ElementSpec): string[] {
  const limits: string[] = [];
  for (const rule of element.rules ?? []) {
    if (rule.kind === 'textLimit') limits.push(`högst ${rule.limit} tecken`);
  }
  switch (element.kind) {
    case 'integer':
      limits.push(`heltal ${element.min}–${element.max}${element.unit === undefined ? '' : ` ${element.unit}`}`);
      break;
    case 'visualAcuity':
      limits.push(`synskärpa ${element.min}–${element.max}`);
      if (element.requiredCells.length > 0) {
        const cells = element.requiredCells.map((cell) => quoted(visualAcuityCellLabel(element, cell)));
        limits.push(`obligatoriska celler: ${cells.join(', ')}`);
      }
      break;
    case 'checkboxCodeList':
      if (element.maxSelected !== undefined) limits.push(`högst ${element.maxSelected} val`);
      if (element.exclusiveOptions !== undefined && element.exclusiveOptions.length > 0) {
        const labels = element.exclusiveOptions.map((id) => quoted(labelOf(element.options, id)));
        limits.push(`kan inte kombineras med andra val: ${labels.join(', ')}`);
      }
      break;
    case 'sickLeavePeriods':
      limits.push(`${element.minPeriods}–${element.maxPeriods} perioder, varje grad högst en gång`);
      break;
    case 'diagnoses':
      limits.push(
        `högst ${element.rows.length} diagnoser`,
        `diagnosbeskrivning högst ${element.descriptionLimit} tecken`,
      );
      break;
    case 'medicalInvestigationList':
      limits.push(`högst ${element.maxRows} rader`, `källa högst ${element.sourceLimit} tecken`);
      break;
    case 'year':
      if (element.notBeforeBirthYear === true) limits.push('inte före patientens födelseår');
      if (element.notAfterCurrentYear === true) limits.push('inte efter innevarande år');
      break;
    case 'uncertainDate':
      limits.push(
        element.allowUnknownMonth
          ? 'okänd dag och okänd månad tillåts'
          : element.allowUnknownDay
            ? 'okänd dag tillåts'
            : 'fullständigt datum krävs',
      );
      break;
    default:
      break;
  }
  if (hasDateLimits(element)) limits.push(...dateLimits(element));
  return limits;
}

function hasDateLimits(element: ElementSpec): element is ElementSpec & DateLimits {
  return (
    element.kind === 'date' ||
    element.kind === 'checkboxDateList' ||
    element.kind === 'sickLeavePeriods' ||
    element.kind === 'dateRange' ||
    element.kind === 'uncertainDate' ||
    element.kind === 'medicalInvestigationList'
  );
}

function dateLimits(limits: DateLimits): string[] {
  const words: string[] = [];
  const days = (n: number): string => `${n} ${n === 1 ? 'dag' : 'dagar'}`;
  const { maxDaysFromToday: max, minDaysFromToday: min } = limits;
  if (min !== undefined) {
    words.push(
      min === 0
        ? 'datum tidigast idag'
        : min < 0
          ? `datum tidigast ${days(-min)} före idag`
          : `datum tidigast ${days(min)} efter idag`,
    );
  }
  if (max !== undefined) {
    words.push(
      max === 0
        ? 'datum senast idag'
        : max < 0
          ? `datum senast ${days(-max)} före idag`
          : `datum senast ${days(max)} efter idag`,
    );
  }
  if (limits.notBeforeBirth === true) words.push('datum inte före patientens födelsedatum');
  return words;
}

function labelOf(options: readonly { id: string; label: string }[], id: string): string {
  return options.find((option) => option.id === id)?.label ?? id;
}
