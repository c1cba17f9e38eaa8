/**
 * Import: svar/delsvar values → answers, generic over the model's transport plan. Every delsvar must
 * be one the model maps, in the shape its element takes; codes must be the element's options in
 * their code system. What does not fit is reported (Swedish, naming the svar/delsvar) and left out;
 * nothing throws. Content rules (mandatory, limits, date order…) are validation's job afterwards.
 */
import type {
  AnswerValue,
  CodeDate,
  DiagnosisRow,
  MedicalInvestigation,
  SickLeavePeriod,
  VisualAcuity,
  VisualAcuityValues,
} from '@intyg/core';
import { delsvarPlace, messages } from './messages.js';
import type { DelsvarValue, Svar } from './svar.js';
import {
  codeOf,
  type DiagnosesBinding,
  type InstanceBinding,
  type OptionBooleansBinding,
  type Target,
  type VisualAcuityBinding,
} from './transport-bindings.js';
import type { SvarPlan, TransportPlan } from './transport-plan.js';
import {
  checkDate,
  decodeBoolean,
  decodeDate,
  decodeDecimal,
  decodeOption,
  decodeScalar,
  shapeError,
} from './values.js';

type Row = {
  optionId: string;
  instance: number | undefined;
  parts: Map<string, { value: DelsvarValue; place: string }>;
};

/** Per-import state: answers so far and the partial values of multi-delsvar elements. */
class Collector {
  readonly answers: Record<string, AnswerValue> = {};
  readonly seen = new Set<string>();
  readonly options = new Map<OptionBooleansBinding, Set<string>>();
  readonly diagnoses = new Map<
    DiagnosesBinding,
    Map<number, { code?: string; description?: string; system?: string }>
  >();
  readonly acuity = new Map<
    VisualAcuityBinding,
    Record<'right' | 'left' | 'binocular', Record<string, number | boolean>>
  >();

  constructor(readonly errors: string[]) {}

  /** A delsvar outside instances may occur once in the whole message; one inside, once per option's instance. */
  once(svarId: string, delsvarId: string, option = ''): boolean {
    const key = JSON.stringify([svarId, delsvarId, option]);
    if (this.seen.has(key)) {
      this.errors.push(messages.duplicateDelsvar(svarId, delsvarId));
      return false;
    }
    this.seen.add(key);
    return true;
  }
}

export function answersOfSvar(
  plan: TransportPlan,
  svar: readonly Svar[],
  errors: string[],
): Record<string, AnswerValue> {
  const c = new Collector(errors);
  const groups = new Map<string, Svar[]>();
  for (const item of svar) groups.set(item.id, [...(groups.get(item.id) ?? []), item]);

  for (const [svarId, group] of groups) {
    const svarPlan = plan.svar.get(svarId);
    if (svarPlan === undefined) {
      errors.push(messages.unknownSvar(svarId));
      continue;
    }
    if (svarPlan.instance === undefined) {
      if (group.length > 1) errors.push(messages.duplicateSvar(svarId));
      const first = group[0];
      if (first !== undefined) readSingles(svarPlan, first, c);
    } else {
      readInstances(svarPlan, svarPlan.instance, group, c);
    }
  }
  finish(c);
  return c.answers;
}

/** The delsvar of a svar that belong to no instance. */
function readSingles(svarPlan: SvarPlan, item: Svar, c: Collector): void {
  for (const { id, value } of item.delsvar) {
    const target = svarPlan.targets.get(id);
    const place = delsvarPlace(item.id, item.instance, id);
    if (target === undefined) c.errors.push(messages.unknownDelsvar(item.id, id));
    else if (c.once(item.id, id)) readSingle(target, value, place, c);
  }
}

function readSingle(target: Target, value: DelsvarValue, place: string, c: Collector): void {
  const report = (error: string) => c.errors.push(error);
  switch (target.role) {
    case 'value': {
      const decoded = decodeScalar(target.binding, value, place);
      if (decoded.ok) c.answers[target.binding.element.id] = decoded.value;
      else report(decoded.error);
      return;
    }
    case 'option': {
      const decoded = decodeBoolean(value, place);
      if (!decoded.ok) return void report(decoded.error);
      const selected = c.options.get(target.binding) ?? new Set<string>();
      if (decoded.value) selected.add(target.optionId);
      c.options.set(target.binding, selected);
      return;
    }
    case 'datePeriod': {
      if (value.type !== 'datePeriod') return void report(shapeError(place, 'datePeriod', value));
      const from = value.start === undefined ? { ok: true as const, value: '' } : checkDate(value.start, place);
      const to = value.end === undefined ? { ok: true as const, value: '' } : checkDate(value.end, place);
      if (!from.ok) report(from.error);
      if (!to.ok) report(to.error);
      if (from.ok && to.ok) c.answers[target.binding.element.id] = { from: from.value, to: to.value };
      return;
    }
    case 'diagnosisDescription':
    case 'diagnosisCode': {
      const rows = c.diagnoses.get(target.binding) ?? new Map();
      c.diagnoses.set(target.binding, rows);
      const row = rows.get(target.row) ?? {};
      rows.set(target.row, row);
      if (target.role === 'diagnosisDescription') {
        if (value.type !== 'text') return void report(shapeError(place, 'text', value));
        row.description = value.text;
        return;
      }
      if (value.type !== 'cv') return void report(shapeError(place, 'cv', value));
      const systems = target.binding.element.codeSystems;
      const system = systems.find((s) => s.oid === value.codeSystem);
      if (system === undefined) {
        return void report(
          messages.unknownDiagnosisCodeSystem(
            place,
            value.codeSystem,
            systems.map((s) => s.oid),
          ),
        );
      }
      row.code = value.code;
      // The element's first code system is the default; the answer names only another one.
      if (system !== systems[0]) row.system = system.id;
      return;
    }
    case 'cell': {
      const [eye, part] = target.cell.split('.') as ['right' | 'left' | 'binocular', string];
      const decoded = part === 'contactLens' ? decodeBoolean(value, place) : decodeDecimal(value, place);
      if (!decoded.ok) return void report(decoded.error);
      const table = c.acuity.get(target.binding) ?? { right: {}, left: {}, binocular: {} };
      table[eye][part] = decoded.value;
      c.acuity.set(target.binding, table);
      return;
    }
    case 'instanceCode':
    case 'instanceDate':
    case 'instancePeriod':
    case 'instanceSource':
    case 'inInstance':
      // Handled by readInstances; a svar without instances has no such targets.
      return;
  }
}

const isInstanceRole = (target: Target | undefined): boolean =>
  target !== undefined && (target.role.startsWith('instance') || target.role === 'inInstance');

/** The rows of a list sent as one svar per row, and whatever else the same svar id carries. */
function readInstances(svarPlan: SvarPlan, binding: InstanceBinding, group: readonly Svar[], c: Collector): void {
  const svarId = svarPlan.id;
  const rowSvar = group.filter((item) => item.delsvar.some((d) => isInstanceRole(svarPlan.targets.get(d.id))));
  for (const item of group) {
    if (!rowSvar.includes(item)) readSingles(svarPlan, item, c);
  }
  if (rowSvar.length > 1 && rowSvar.some((item) => item.instance === undefined)) {
    c.errors.push(messages.missingInstance(svarId));
    return;
  }
  const numbers = new Set<number>();
  const rows: Row[] = [];
  for (const item of [...rowSvar].sort((a, b) => (a.instance ?? 0) - (b.instance ?? 0))) {
    if (item.instance !== undefined) {
      if (numbers.has(item.instance)) {
        c.errors.push(messages.duplicateInstance(svarId, item.instance));
        continue;
      }
      numbers.add(item.instance);
    }
    const row = readRow(svarPlan, binding, item, c);
    if (row !== undefined) rows.push(row);
  }
  const answer = rowsToAnswer(binding, rows, svarId, c.errors);
  if (answer.length > 0) c.answers[binding.element.id] = answer;
}

function readRow(svarPlan: SvarPlan, binding: InstanceBinding, item: Svar, c: Collector): Row | undefined {
  const parts = new Map<string, { value: DelsvarValue; place: string }>();
  const later: { target: Target; value: DelsvarValue; place: string; id: string }[] = [];
  for (const { id, value } of item.delsvar) {
    const target = svarPlan.targets.get(id);
    const place = delsvarPlace(item.id, item.instance, id);
    if (target === undefined) c.errors.push(messages.unknownDelsvar(item.id, id));
    else if (parts.has(id) || later.some((l) => l.id === id)) c.errors.push(messages.duplicateDelsvar(item.id, id));
    else if (target.role.startsWith('instance')) parts.set(id, { value, place });
    else later.push({ target, value, place, id });
  }
  const codeId = codeDelsvarId(binding);
  const code = parts.get(codeId);
  if (code === undefined) {
    c.errors.push(messages.missingInstanceCode(item.id, item.instance, codeId));
    return undefined;
  }
  const option = decodeOption(binding.element.options, code.value, code.place);
  if (!option.ok) {
    c.errors.push(option.error);
    return undefined;
  }
  for (const { target, value, place, id } of later) {
    if (target.role !== 'inInstance') {
      if (c.once(item.id, id)) readSingle(target, value, place, c);
      continue;
    }
    const valueBinding = target.byOption.get(option.value);
    if (valueBinding === undefined) {
      const codes = binding.element.options.filter((o) => target.byOption.has(o.id)).map(codeOf);
      c.errors.push(messages.wrongInstance(place, item.id, codes));
    } else if (c.once(item.id, id, option.value)) {
      readSingle({ role: 'value', binding: valueBinding }, value, place, c);
    }
  }
  return { optionId: option.value, instance: item.instance, parts };
}

function codeDelsvarId(binding: InstanceBinding): string {
  return binding.kind === 'codeInstances' ? binding.mapping.delsvarId : binding.mapping.codeDelsvarId;
}

function rowsToAnswer(
  binding: InstanceBinding,
  rows: readonly Row[],
  svarId: string,
  errors: string[],
): string[] | CodeDate[] | SickLeavePeriod[] | MedicalInvestigation[] {
  const part = (row: Row, delsvarId: string) => {
    const found = row.parts.get(delsvarId);
    if (found === undefined) errors.push(messages.missingInstanceCode(svarId, row.instance, delsvarId));
    return found;
  };
  const date = (row: Row, delsvarId: string): string | undefined => {
    const found = part(row, delsvarId);
    const decoded = found && decodeDate(found.value, found.place);
    if (decoded?.ok === false) errors.push(decoded.error);
    return decoded?.ok ? decoded.value : undefined;
  };
  const text = (row: Row, delsvarId: string): string | undefined => {
    const found = part(row, delsvarId);
    if (found === undefined) return undefined;
    if (found.value.type === 'text') return found.value.text;
    errors.push(shapeError(found.place, 'text', found.value));
    return undefined;
  };
  switch (binding.kind) {
    case 'codeInstances':
      return rows.map((row) => row.optionId);
    case 'codeDateInstances':
      return rows.flatMap((row) => {
        const value = date(row, binding.mapping.dateDelsvarId);
        return value === undefined ? [] : [{ code: row.optionId, date: value }];
      });
    case 'periodInstances':
      return rows.flatMap((row) => {
        const found = part(row, binding.mapping.periodDelsvarId);
        if (found === undefined) return [];
        if (found.value.type !== 'datePeriod') {
          errors.push(shapeError(found.place, 'datePeriod', found.value));
          return [];
        }
        const from = found.value.start === undefined ? undefined : checkDate(found.value.start, found.place);
        const to = found.value.end === undefined ? undefined : checkDate(found.value.end, found.place);
        if (from?.ok === false) errors.push(from.error);
        if (to?.ok === false) errors.push(to.error);
        if (from?.ok === false || to?.ok === false) return [];
        return [{ code: row.optionId, from: from?.value ?? '', to: to?.value ?? '' }];
      });
    case 'investigationInstances':
      return rows.flatMap((row) => {
        const value = date(row, binding.mapping.dateDelsvarId);
        const source = text(row, binding.mapping.sourceDelsvarId);
        return value === undefined || source === undefined ? [] : [{ code: row.optionId, date: value, source }];
      });
  }
}

/** Answers of elements spread over several delsvar. */
function finish(c: Collector): void {
  for (const [binding, selected] of c.options) {
    const ids = binding.element.options.filter((o) => selected.has(o.id)).map((o) => o.id);
    if (ids.length > 0) c.answers[binding.element.id] = ids;
  }
  for (const [binding, rows] of c.diagnoses) {
    const last = Math.max(...rows.keys());
    const answer: DiagnosisRow[] = [];
    for (let index = 0; index <= last; index++) {
      const row = rows.get(index);
      answer.push({
        code: row?.code ?? '',
        description: row?.description ?? '',
        ...(row?.system === undefined ? {} : { system: row.system }),
      });
    }
    c.answers[binding.element.id] = answer;
  }
  for (const [binding, table] of c.acuity) {
    const answer: VisualAcuity = {
      right: table.right as VisualAcuityValues,
      left: table.left as VisualAcuityValues,
      binocular: table.binocular as VisualAcuityValues,
    };
    c.answers[binding.element.id] = answer;
  }
}
