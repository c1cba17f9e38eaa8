/**
 * The section of one element in a model doc: heading, facts (kind, field id, limits, renewal,
 * transport), options, help text and rules, each rule in Swedish words next to its raw expression.
 * Children are not included; model-doc.ts walks the tree.
 */
import type { CodeOption, ElementRule, ElementSpec } from '@intyg/core';
import { limitsOf } from './element-limits.js';
import type { FieldNames } from './field-names.js';
import { code, inline, quoteBlock, quoted, table } from './markdown.js';
import { ruleWords } from './rule-words.js';
import { transportWords } from './transport-words.js';

/** Markdown lines of the element's section; `depth` 0 is a top-level element (a category, mostly). */
export function elementSection(element: ElementSpec, depth: number, names: FieldNames): string[] {
  const level = '#'.repeat(Math.min(depth + 2, 6));
  const title = element.label === undefined ? inline(element.id) : `${inline(element.id)} — ${inline(element.label)}`;
  const blocks: string[][] = [[`${level} ${title}`]];
  const facts = factsOf(element);
  if (facts.length > 0) blocks.push(facts.map((fact) => `- ${fact}`));
  const options = optionsTable(element);
  if (options.length > 0) blocks.push(['Alternativ:'], options);
  if (element.kind === 'message') blocks.push(['Meddelande:'], quoteBlock(element.content));
  if (element.description !== undefined && element.description.trim() !== '') {
    blocks.push(['Hjälptext:'], quoteBlock(element.description));
  }
  const rules = (element.rules ?? []).flatMap((rule) => ruleLine(element, rule, names));
  if (rules.length > 0)
    blocks.push(
      ['Regler:'],
      rules.map((rule) => `- ${rule}`),
    );
  return blocks.flatMap((block, i) => (i === 0 ? block : ['', ...block]));
}

function factsOf(element: ElementSpec): string[] {
  if (element.kind === 'category') return [];
  const facts = [`Typ: ${code(element.kind)}`];
  if ('fieldId' in element) facts.push(`Fält-id: ${code(element.fieldId)}`);
  if ('fieldLabel' in element && element.fieldLabel !== undefined)
    facts.push(`Fältetikett: ${inline(element.fieldLabel)}`);
  if ('placeholder' in element && element.placeholder !== undefined) {
    facts.push(`Platshållare: ${inline(element.placeholder)}`);
  }
  switch (element.kind) {
    case 'radioBoolean':
      facts.push(`Svarsalternativ: ${quoted(element.trueLabel)} / ${quoted(element.falseLabel)}`);
      break;
    case 'checkboxBoolean':
      if (element.selectedText !== undefined || element.unselectedText !== undefined) {
        facts.push(
          `I intyget: ikryssad ${quoted(element.selectedText ?? '')}, ej ikryssad ${quoted(element.unselectedText ?? '')}`,
        );
      }
      break;
    case 'diagnoses':
      facts.push(`Rader (fält-id): ${element.rows.map((row) => code(row.id)).join(', ')}`);
      facts.push(
        `Kodverk: ${element.codeSystems.map((system) => `${inline(system.label)} (${code(system.id)}, ${code(system.oid)})`).join(', ')}`,
      );
      break;
    case 'icf': {
      const aspect = element.aspect === 'functionalImpairment' ? 'funktionsnedsättning' : 'aktivitetsbegränsning';
      facts.push(
        `ICF-stöd: ${aspect}, de koder FMB anger för diagnoserna i ${code(element.diagnosesElementId)}; högst ${element.maxCodes} koder`,
      );
      facts.push(`Väljarens rubrik: ${quoted(element.modalLabel)}`);
      facts.push(`Före valda koder (också i texten till mottagaren): ${quoted(element.collectionsLabel)}`);
      break;
    }
    case 'message':
      facts.push(`Nivå: ${code(element.level)}`);
      break;
    default:
      break;
  }
  const limits = limitsOf(element);
  if (limits.length > 0) facts.push(`Gränser: ${limits.join('; ')}`);
  if (element.kind !== 'message')
    facts.push(`Kopieras vid förnyelse: ${element.includeWhenRenewing === false ? 'nej' : 'ja'}`);
  const transport = transportWords(element);
  if (transport !== undefined) facts.push(`Transport: ${transport}`);
  return facts;
}

/** Id, code (when some option's code differs from its id), code system (when given), label, percent. */
function optionsTable(element: ElementSpec): string[] {
  if (!('options' in element)) return [];
  const options: readonly (CodeOption & { percent?: number })[] = element.options;
  if (options.length === 0) return [];
  const withCode = options.some((option) => option.code !== undefined && option.code !== option.id);
  const withSystem = options.some((option) => option.codeSystem !== undefined);
  const withPercent = options.some((option) => option.percent !== undefined);
  const header = ['Id', ...(withCode ? ['Kod'] : []), ...(withSystem ? ['Kodverk'] : []), 'Text'];
  if (withPercent) header.push('Procent');
  const rows = options.map((option) => {
    const cells = [code(option.id)];
    if (withCode) cells.push(code(option.code ?? option.id));
    if (withSystem) cells.push(option.codeSystem === undefined ? '' : code(option.codeSystem));
    cells.push(inline(option.label));
    if (withPercent) cells.push(option.percent === undefined ? '' : String(option.percent));
    return cells;
  });
  return table(header, rows);
}

/** A rule as one list item, or none for rules already shown as limits (textLimit). */
function ruleLine(element: ElementSpec, rule: ElementRule, names: FieldNames): string[] {
  const words = (expression: string): string => `${ruleWords(expression, names)} — ${code(expression)}`;
  switch (rule.kind) {
    case 'textLimit':
      return [];
    case 'mandatory':
      return [`Obligatorisk, besvarad när: ${words(rule.expression)}`];
    case 'show':
      return [`Visas när: ${words(rule.expression)}`];
    case 'hide':
      return [`Döljs när: ${words(rule.expression)}`];
    case 'disable':
      return [`Låst när: ${words(rule.expression)}`];
    case 'disableOptions': {
      const options = 'options' in element ? element.options : [];
      const labels = rule.options.map((id) => quoted(options.find((option) => option.id === id)?.label ?? id));
      const subject =
        labels.length === 1 ? `Alternativet ${labels.join('')} är låst` : `Alternativen ${labels.join(', ')} är låsta`;
      return [`${subject} när: ${words(rule.expression)}`];
    }
    case 'autoFill':
      return [`Sätts till ${rule.value ? 'ja' : 'nej'} när: ${words(rule.expression)}`];
    case 'check':
      return [
        `Kontroll ${code(rule.id)}, fel på fältet ${code(rule.fieldId)} när: ${words(rule.expression)}. ` +
          `Meddelande: ”${inline(rule.message.sv)}”`,
      ];
  }
}
