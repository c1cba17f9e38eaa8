/**
 * Import: svar/delsvar values → answers, generic over the model's transport plan. Every delsvar must
 * be one the model maps, in the shape its element takes; codes must be the element's options in
 * their code system. What does not fit is reported (Swedish, naming the svar/delsvar) and left out;
 * nothing throws. Content rules (mandatory, limits, date order…) are validation's job afterwards.
 *
 * Diagnoses sent as instances take their row from the instance number (a svar without `instans` is the
 * first row). An `uncodedOption` is the answer when its code delsvar is absent and the delsvar that
 * implies it is present.
 */
import type { AnswerValue, CodeDate, MedicalInvestigation, SickLeavePeriod } from '@intyg/core';
import { Collector, finish, readSingle } from './collector.js';
import { delsvarPlace, messages } from './messages.js';
import type { DelsvarValue, Svar } from './svar.js';
import { codeOf, type DiagnosisInstancesBinding, type InstanceBinding, type Target } from './transport-bindings.js';
import type { SvarPlan, TransportPlan } from './transport-plan.js';
import { checkDate, decodeDate, decodeOption, shapeError } from './values.js';

type Row = {
  optionId: string;
  instance: number | undefined;
  parts: Map<string, { value: DelsvarValue; place: string }>;
};

/** The answers of the svar by the model's plan; what does not fit goes to `errors`. */
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
    if (svarPlan.instance !== undefined) {
      readInstances(svarPlan, svarPlan.instance, group, c);
    } else if (svarPlan.diagnosisRows !== undefined) {
      readDiagnosisInstances(svarPlan, svarPlan.diagnosisRows, group, c);
    } else {
      if (group.length > 1) errors.push(messages.duplicateSvar(svarId));
      const first = group[0];
      if (first !== undefined) readSingles(svarPlan, first, c);
    }
  }
  impliedOptions(plan, groups, c);
  finish(c);
  return c.answers;
}

/** Options sent without a code: absent code delsvar, present `impliedBy` (ts-diabetes v4's 18.2 for Annan). */
function impliedOptions(plan: TransportPlan, groups: ReadonlyMap<string, readonly Svar[]>, c: Collector): void {
  for (const binding of plan.bindings) {
    if (binding.kind !== 'value' || binding.mapping.uncodedOption === undefined) continue;
    const { svarId, delsvarId, uncodedOption } = binding.mapping;
    const sent = (groups.get(svarId) ?? []).flatMap((item) => item.delsvar.map((d) => d.id));
    if (!sent.includes(delsvarId) && sent.includes(uncodedOption.impliedBy)) {
      c.answers[binding.element.id] = uncodedOption.option;
    }
  }
}

/**
 * Diagnoses sent as one svar per row: instance n is row n (at most as many as the element has rows); one
 * svar without `instans` is the first row. Other delsvar of the svar are read as they are elsewhere.
 */
function readDiagnosisInstances(
  svarPlan: SvarPlan,
  binding: DiagnosisInstancesBinding,
  group: readonly Svar[],
  c: Collector,
): void {
  if (group.length > 1 && group.some((item) => item.instance === undefined)) {
    c.errors.push(messages.missingInstance(svarPlan.id));
    return;
  }
  const numbers = new Set<number>();
  for (const item of group) {
    const instance = item.instance ?? 1;
    if (numbers.has(instance)) {
      c.errors.push(messages.duplicateInstance(item.id, instance));
      continue;
    }
    numbers.add(instance);
    if (instance > binding.element.rows.length) {
      c.errors.push(messages.instanceOutOfRange(item.id, instance, binding.element.rows.length));
      continue;
    }
    for (const { id, value } of item.delsvar) {
      const target = svarPlan.targets.get(id);
      const place = delsvarPlace(item.id, item.instance, id);
      if (target === undefined) {
        c.errors.push(messages.unknownDelsvar(item.id, id));
      } else if (target.role !== 'diagnosisInstance') {
        if (c.once(item.id, id)) readSingle(target, value, place, c);
      } else if (c.once(item.id, id, `instans ${instance}`)) {
        const role = target.part === 'code' ? 'diagnosisCode' : 'diagnosisDescription';
        readSingle({ role, binding: target.binding, row: instance - 1 }, value, place, c);
      }
    }
  }
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
