/**
 * Per-import state of `answersOfSvar`: the answers so far, the partial values of elements spread over
 * several delsvar (option booleans, diagnosis rows, visual-acuity cells) and which delsvar were read, with
 * how one delsvar goes into it (`readSingle`) and how the partial values become answers (`finish`).
 */
import type { AnswerValue, DiagnosisRow, VisualAcuity, VisualAcuityValues } from '@intyg/core';
import { messages } from './messages.js';
import type { DelsvarValue } from './svar.js';
import type {
  DiagnosesBinding,
  DiagnosisInstancesBinding,
  OptionBooleansBinding,
  Target,
  VisualAcuityBinding,
} from './transport-bindings.js';
import { checkDate, decodeBoolean, decodeDecimal, decodeScalar, shapeError } from './values.js';

/** Per-import state: answers so far and the partial values of multi-delsvar elements. */
export class Collector {
  readonly answers: Record<string, AnswerValue> = {};
  readonly seen = new Set<string>();
  readonly options = new Map<OptionBooleansBinding, Set<string>>();
  readonly diagnoses = new Map<
    DiagnosesBinding | DiagnosisInstancesBinding,
    Map<number, { code?: string; description?: string; system?: string }>
  >();
  readonly acuity = new Map<
    VisualAcuityBinding,
    Record<'right' | 'left' | 'binocular', Record<string, number | boolean>>
  >();

  constructor(readonly errors: string[]) {}

  /**
   * A delsvar outside instances may occur once in the whole message; one inside, once per instance
   * (`option`: the option whose instance it is, or the instance of a diagnosis row).
   */
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

/** One delsvar into its element's answer (or partial value), or its error into `c.errors`. */
export function readSingle(target: Target, value: DelsvarValue, place: string, c: Collector): void {
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
    case 'diagnosisInstance':
      // Handled by readInstances and readDiagnosisInstances; a svar without instances has no such targets.
      return;
  }
}

/** Answers of elements spread over several delsvar. */
export function finish(c: Collector): void {
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
