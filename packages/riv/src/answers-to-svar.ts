/**
 * Export: answers → svar/delsvar, generic over the model's transport plan. Rows of a list become
 * instances of their svar (numbered 1, 2, … in answer order; diagnoses sent as instances are numbered by
 * their row, so instance 2 is always the second row); a delsvar placed `inInstanceOf` an option joins
 * the first instance holding that option (and is left out when no instance does); everything else of a
 * svar id goes into one svar without `instans`. An `uncodedOption` writes no code delsvar: the delsvar
 * that implies it is the whole answer.
 */
import { normalizeDiagnosisCode } from '@intyg/core';
import type { Answers, AnswerValue, CodeOption, DiagnosesElement, VisualAcuityCell } from '@intyg/core';
import { compareDelsvarIds, type Delsvar, type DelsvarValue, type Svar } from './svar.js';
import type { Binding, InstanceBinding } from './transport-bindings.js';
import type { TransportPlan } from './transport-plan.js';
import { encodeOption, encodeScalar, formatDecimal } from './values.js';

interface InstanceRow {
  /** The option id the row's code delsvar holds; undefined for a row not keyed by a code (a diagnosis). */
  readonly optionId?: string;
  /** The instance number when it is fixed by the row's position; else the row's place among the rows. */
  readonly instance?: number;
  readonly delsvar: Delsvar[];
}

interface Collected {
  readonly instances: Map<string, InstanceRow[]>;
  readonly inInstance: { readonly svarId: string; readonly optionId: string; readonly delsvar: Delsvar }[];
  readonly single: Map<string, Delsvar[]>;
}

/** The svar of `answers`, svar ids in the order the model first uses them. Answers not in the plan are ignored. */
export function svarOfAnswers(plan: TransportPlan, answers: Answers): Svar[] {
  const collected: Collected = { instances: new Map(), inInstance: [], single: new Map() };
  for (const binding of plan.bindings) {
    if (!Object.hasOwn(answers, binding.element.id)) continue;
    const value = answers[binding.element.id];
    if (value !== undefined) collect(binding, value, collected);
  }

  const result: Svar[] = [];
  for (const svarId of plan.svar.keys()) {
    const rows = collected.instances.get(svarId) ?? [];
    const placed = new Set<(typeof collected.inInstance)[number]>();
    rows.forEach((row, index) => {
      const extra = collected.inInstance.filter(
        (item) => item.svarId === svarId && item.optionId === row.optionId && !placed.has(item),
      );
      extra.forEach((item) => placed.add(item));
      result.push({
        id: svarId,
        instance: row.instance ?? index + 1,
        delsvar: sorted([...row.delsvar, ...extra.map((e) => e.delsvar)]),
      });
    });
    const single = collected.single.get(svarId) ?? [];
    if (single.length > 0) result.push({ id: svarId, delsvar: sorted(single) });
  }
  return result;
}

function sorted(delsvar: Delsvar[]): Delsvar[] {
  return delsvar.sort((a, b) => compareDelsvarIds(a.id, b.id));
}

function collect(binding: Binding, value: AnswerValue, out: Collected): void {
  const single = (svarId: string, id: string, content: DelsvarValue) => {
    const list = out.single.get(svarId) ?? [];
    list.push({ id, value: content });
    out.single.set(svarId, list);
  };
  switch (binding.kind) {
    case 'value': {
      if (binding.mapping.uncodedOption !== undefined && value === binding.mapping.uncodedOption.option) return;
      const content = encodeScalar(binding, value);
      if (content === undefined) return;
      const { svarId, delsvarId, inInstanceOf } = binding.mapping;
      if (inInstanceOf === undefined) single(svarId, delsvarId, content);
      else out.inInstance.push({ svarId, optionId: inInstanceOf, delsvar: { id: delsvarId, value: content } });
      return;
    }
    case 'codeInstances':
    case 'codeDateInstances':
    case 'periodInstances':
    case 'investigationInstances':
      out.instances.set(binding.mapping.svarId, instanceRows(binding, value));
      return;
    case 'optionBooleans':
      for (const option of binding.element.options) {
        const delsvarId = binding.mapping.delsvar[option.id];
        if (delsvarId !== undefined && isStringArray(value) && value.includes(option.id)) {
          single(binding.mapping.svarId, delsvarId, { type: 'text', text: 'true' });
        }
      }
      return;
    case 'datePeriod': {
      const range = record(value);
      const start = text(range?.['from']);
      const end = text(range?.['to']);
      if (start !== undefined || end !== undefined) {
        single(binding.mapping.svarId, binding.mapping.delsvarId, { type: 'datePeriod', start, end });
      }
      return;
    }
    case 'diagnoses': {
      const rows = Array.isArray(value) ? value : [];
      binding.mapping.rows.forEach((ids, index) => {
        for (const { id, value: content } of diagnosisDelsvar(binding.element, rows[index], ids)) {
          single(binding.mapping.svarId, id, content);
        }
      });
      return;
    }
    case 'diagnosisInstances': {
      const rows = Array.isArray(value) ? value.slice(0, binding.element.rows.length) : [];
      const instances: InstanceRow[] = [];
      rows.forEach((row, index) => {
        const delsvar = diagnosisDelsvar(binding.element, row, binding.mapping);
        if (delsvar.length > 0) instances.push({ instance: index + 1, delsvar });
      });
      out.instances.set(binding.mapping.svarId, instances);
      return;
    }
    case 'visualAcuity':
      for (const [cell, delsvarId] of Object.entries(binding.mapping.cells)) {
        const content = acuityCell(value, cell as VisualAcuityCell);
        if (delsvarId !== undefined && content !== undefined) single(binding.mapping.svarId, delsvarId, content);
      }
      return;
    case 'unitContact':
      // Travels in skapadAv/enhet, written with the header.
      return;
  }
}

/** A diagnosis row's description (text) and code (`cv`, without dot, the code system's OID); blanks left out. */
function diagnosisDelsvar(
  element: DiagnosesElement,
  value: unknown,
  ids: { readonly descriptionDelsvarId: string; readonly codeDelsvarId: string },
): Delsvar[] {
  const row = record(value);
  const description = text(row?.['description']);
  const code = text(row?.['code']);
  const delsvar: Delsvar[] = [];
  if (description !== undefined && description.trim() !== '') {
    delsvar.push({ id: ids.descriptionDelsvarId, value: { type: 'text', text: description } });
  }
  if (code !== undefined && code.trim() !== '') {
    const systemId = text(row?.['system']);
    const system = element.codeSystems.find((s) => s.id === systemId) ?? element.codeSystems[0];
    delsvar.push({
      id: ids.codeDelsvarId,
      value: { type: 'cv', code: normalizeDiagnosisCode(code), codeSystem: system?.oid ?? '' },
    });
  }
  return delsvar;
}

function instanceRows(binding: InstanceBinding, value: AnswerValue): InstanceRow[] {
  const options: readonly CodeOption[] = binding.element.options;
  const rows: InstanceRow[] = [];
  const items: readonly unknown[] = Array.isArray(value) ? value : [];
  for (const item of items) {
    const row = binding.kind === 'codeInstances' ? { code: item } : record(item);
    const option = options.find((o) => o.id === row?.['code']);
    if (option === undefined || row === undefined) continue;
    const delsvar: Delsvar[] = [];
    const add = (id: string, content: DelsvarValue | undefined) => {
      if (content !== undefined) delsvar.push({ id, value: content });
    };
    const asText = (raw: unknown): DelsvarValue | undefined => {
      const t = text(raw);
      return t === undefined || t === '' ? undefined : { type: 'text', text: t };
    };
    switch (binding.kind) {
      case 'codeInstances':
        add(binding.mapping.delsvarId, encodeOption(option));
        break;
      case 'codeDateInstances':
        add(binding.mapping.codeDelsvarId, encodeOption(option));
        add(binding.mapping.dateDelsvarId, asText(row['date']));
        break;
      case 'periodInstances': {
        add(binding.mapping.codeDelsvarId, encodeOption(option));
        const start = text(row['from']);
        const end = text(row['to']);
        add(binding.mapping.periodDelsvarId, {
          type: 'datePeriod',
          ...(start ? { start } : {}),
          ...(end ? { end } : {}),
        });
        break;
      }
      case 'investigationInstances':
        add(binding.mapping.codeDelsvarId, encodeOption(option));
        add(binding.mapping.dateDelsvarId, asText(row['date']));
        add(binding.mapping.sourceDelsvarId, asText(row['source']));
        break;
    }
    rows.push({ optionId: option.id, delsvar });
  }
  return rows;
}

function acuityCell(value: AnswerValue, cell: VisualAcuityCell): DelsvarValue | undefined {
  const [eye = '', part = ''] = cell.split('.');
  const cellValue = record(record(value)?.[eye])?.[part];
  if (typeof cellValue === 'number' && Number.isFinite(cellValue))
    return { type: 'text', text: formatDecimal(cellValue) };
  if (typeof cellValue === 'boolean') return { type: 'text', text: String(cellValue) };
  return undefined;
}

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

function isStringArray(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
