/**
 * The generated reference doc of a certificate model (`docs/certificate-types/<type>-<version>.md`) and
 * the index of all of them (README.md). Everything comes from the model data; the text is plain
 * Markdown that prettier then formats (see docs-sync.ts).
 */
import { modelKey, typeLifecycleOf, type WithholdableAction } from '@intyg/core';
import type { CertificateModel, ElementSpec } from '@intyg/core';
import { elementSection } from './element-doc.js';
import { fieldNamesOf, type FieldNames } from './field-names.js';
import { code, inline, table } from './markdown.js';
import { ruleWords } from './rule-words.js';

export const GENERATED_NOTICE =
  '<!-- Generated from the certificate models by `npm run models:check`. Do not edit; edit the model and regenerate. -->';

export const INDEX_FILE = 'README.md';

/** `lisjp-2.0.md`. */
export function docFileName(model: CertificateModel): string {
  return `${model.type}-${model.version}.md`;
}

export function modelDoc(model: CertificateModel): string {
  const names = fieldNamesOf(model);
  const blocks: string[][] = [
    [`# ${inline(model.name)} (${inline(model.type)} ${inline(model.version)})`],
    [GENERATED_NOTICE],
    [inline(model.description)],
    table(['Uppgift', 'Värde'], titleRows(model, names)),
  ];
  const visit = (element: ElementSpec, depth: number): void => {
    blocks.push(elementSection(element, depth, names));
    for (const child of element.children ?? []) visit(child, depth + 1);
  };
  for (const element of model.elements) visit(element, 0);
  const checks = checksTable(model);
  if (checks.length > 0) blocks.push(['## Kontroller mellan frågor'], checks);
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

function titleRows(model: CertificateModel, names: FieldNames): string[][] {
  const rows: string[][] = [
    ['Namn', inline(model.name)],
    ['Blankett', model.formId === undefined ? '–' : inline(model.formId)],
    ['Mottagare', model.recipient === null ? '–' : `${inline(model.recipient.name)} (${code(model.recipient.id)})`],
    ['Version', code(model.version)],
    ['Gäller från', model.activeFrom],
    ['Typkod', code(model.typeCode)],
  ];
  if (model.textVersion !== undefined) rows.push(['Textversion', code(model.textVersion)]);
  const sickLeave = model.sickLeave;
  if (sickLeave !== undefined) {
    rows.push([
      'Sjukskrivning',
      `perioder i ${code(sickLeave.periodsElementId)}, diagnoser i ${code(sickLeave.diagnosesElementId)}; ` +
        (sickLeave.partOfSickLeaveCase ? 'ingår i patientens sjukfall' : 'ingår inte i sjukfall') +
        (sickLeave.fmbMotivationElementId === undefined
          ? ''
          : `; längre än FMB rekommenderar: varning som pekar på ${code(sickLeave.fmbMotivationElementId)}`),
    ]);
  }
  rows.push(['Livscykel', lifecycleWords(model)]);
  const print = model.printOptions;
  if (print !== undefined) {
    const when =
      print.allowedWhen === undefined ? '' : ` när ${ruleWords(print.allowedWhen, names)} (${code(print.allowedWhen)})`;
    rows.push([
      'Utskrift',
      `patienten kan välja bort ${print.hideableElements.map(code).join(', ')}${when}; i stället står ”${inline(print.hiddenNotice)}”`,
    ]);
  }
  const transport = model.transport;
  rows.push(
    ['Transport: typ', `${code(transport.typeCode ?? model.typeCode)} i kodverket ${code(transport.typeCodeSystem)}`],
    ['Transport: versioner som läses', transport.versions.map(code).join(', ')],
  );
  return rows;
}

const ACTION_WORDS: Readonly<Record<WithholdableAction, string>> = {
  send: 'skickas',
  renew: 'förnyas',
  replace: 'ersättas',
  complement: 'kompletteras',
};

/** What the type withholds of the lifecycle and which patients it may be written for, in Swedish. */
function lifecycleWords(model: CertificateModel): string {
  const lifecycle = typeLifecycleOf(model);
  const withheld = lifecycle.withholds ?? [];
  return [
    withheld.length === 0 ? 'alla åtgärder' : `kan inte ${withheld.map((action) => ACTION_WORDS[action]).join(', ')}`,
    lifecycle.forProtectedIdentity === true
      ? 'får skrivas för patient med skyddade personuppgifter'
      : 'inte för patient med skyddade personuppgifter',
    lifecycle.forDeceasedPatient === true ? 'får skrivas för avliden patient' : 'inte för avliden patient',
  ].join('; ');
}

/** Every cross-question check of the model in one table (they are also listed under their element). */
function checksTable(model: CertificateModel): string[] {
  const rows: string[][] = [];
  const visit = (element: ElementSpec): void => {
    for (const rule of element.rules ?? []) {
      if (rule.kind === 'check') {
        rows.push([code(rule.id), code(element.id), code(rule.fieldId), inline(rule.message.sv)]);
      }
    }
    for (const child of element.children ?? []) visit(child);
  };
  for (const element of model.elements) visit(element);
  return rows.length === 0 ? [] : table(['Id', 'Element', 'Fält', 'Meddelande'], rows);
}

/** The index of all model docs, in registry order (each type's versions oldest first). */
export function indexDoc(models: readonly CertificateModel[]): string {
  const rows = models.map((model) => [
    code(model.type),
    `[${inline(model.version)}](${docFileName(model)})`,
    inline(model.name),
    model.formId === undefined ? '–' : inline(model.formId),
    model.recipient === null ? '–' : inline(model.recipient.name),
    model.activeFrom,
  ]);
  const blocks = [
    ['# Intygstyper'],
    [GENERATED_NOTICE],
    [
      'En sida per version av varje intygstyp, genererad från modellen: frågor, alternativ, gränser, ' +
        'hjälptexter, transport (svar/delsvar) och regler i ord.',
    ],
    table(['Typ', 'Version', 'Namn', 'Blankett', 'Mottagare', 'Gäller från'], rows),
  ];
  return `${blocks.map((block) => block.join('\n')).join('\n\n')}\n`;
}

/** Every doc file the models generate: one per model plus the index. Keys are file names. */
export function docFiles(models: readonly CertificateModel[]): Map<string, string> {
  const files = new Map<string, string>();
  for (const model of models) {
    const name = docFileName(model);
    if (files.has(name)) throw new Error(`Two models generate ${name} (${modelKey(model)})`);
    files.set(name, modelDoc(model));
  }
  files.set(INDEX_FILE, indexDoc(models));
  return files;
}
