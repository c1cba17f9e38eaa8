/**
 * A model's transport mapping made ready for use: every answer-holding element paired with its
 * `transportOf` mapping (a binding), and per svar id which delsvar belongs to which element (a target).
 * Export walks the bindings; import looks up targets. Both read nothing but the model, so a
 * certificate type is data here too.
 *
 * `checkTransport` reports mappings that cannot work (kind mismatches, clashing delsvar ids, cv
 * options without code system, two lists in the instances of one svar, an `uncodedOption` that no other
 * delsvar of its svar implies, a `quantityUnit` on what is not an integer…); the registry test runs it
 * over every model.
 */
import { compileModel, isValueElement, transportOf } from '@intyg/core';
import type { CertificateModel, CompiledModel, ElementSpec, UnitContactElement, VisualAcuityCell } from '@intyg/core';
import {
  VISUAL_ACUITY_CELLS,
  bind,
  codeOf,
  instanceDelsvar,
  type Binding,
  type DiagnosisInstancesBinding,
  type InstanceBinding,
  type Target,
  type ValueBinding,
} from './transport-bindings.js';

export type { Binding, Target } from './transport-bindings.js';

export interface SvarPlan {
  readonly id: string;
  /** The list sent as one instance of this svar per row, keyed by its code, if any. */
  readonly instance?: InstanceBinding;
  /** The diagnoses sent as one instance of this svar per row, keyed by the instance number, if any. */
  readonly diagnosisRows?: DiagnosisInstancesBinding;
  readonly targets: ReadonlyMap<string, Target>;
}

export interface TransportPlan {
  readonly model: CertificateModel;
  /** Undefined when the model does not compile (then `problems` says why). */
  readonly compiled: CompiledModel | undefined;
  /** In the model's display order. */
  readonly bindings: readonly Binding[];
  /** Keyed by svar id, in order of first use. */
  readonly svar: ReadonlyMap<string, SvarPlan>;
  readonly unitContact: UnitContactElement | undefined;
  /** Why the mapping cannot work; empty for a usable model. English: these are for model authors. */
  readonly problems: readonly string[];
}

const plans = new WeakMap<CertificateModel, TransportPlan>();

/** The model's plan, built once per model object. */
export function transportPlan(model: CertificateModel): TransportPlan {
  let plan = plans.get(model);
  if (plan === undefined) {
    plan = buildPlan(model);
    plans.set(model, plan);
  }
  return plan;
}

/** Problems of the model's transport mapping; empty when export and import can rely on it. */
export function checkTransport(model: CertificateModel): readonly string[] {
  return transportPlan(model).problems;
}

function buildPlan(model: CertificateModel): TransportPlan {
  const problems: string[] = [];
  let compiled: CompiledModel | undefined;
  try {
    compiled = compileModel(model);
  } catch (error) {
    problems.push(`The model does not compile: ${error instanceof Error ? error.message : String(error)}`);
  }
  const bindings: Binding[] = [];
  const svar = new Map<
    string,
    { id: string; instance?: InstanceBinding; diagnosisRows?: DiagnosisInstancesBinding; targets: Map<string, Target> }
  >();
  let unitContact: UnitContactElement | undefined;

  const svarPlan = (id: string) => {
    let plan = svar.get(id);
    if (plan === undefined) {
      if (!/^[0-9]+$/.test(id)) problems.push(`Svar id '${id}' is not a number (XSD FrageIdType)`);
      plan = { id, targets: new Map() };
      svar.set(id, plan);
    }
    return plan;
  };
  /** A svar's instances are the rows of one list only. */
  const claimInstances = (plan: ReturnType<typeof svarPlan>, element: ElementSpec): boolean => {
    const owner = plan.instance?.element ?? plan.diagnosisRows?.element;
    if (owner === undefined) return true;
    problems.push(`Svar '${plan.id}' holds the rows of both '${owner.id}' and '${element.id}'`);
    return false;
  };
  const addTarget = (svarId: string, delsvarId: string, target: Target) => {
    const plan = svarPlan(svarId);
    if (!/^[0-9]+\.[0-9]+$/.test(delsvarId) || !delsvarId.startsWith(`${svarId}.`)) {
      problems.push(`Delsvar id '${delsvarId}' of element '${elementOf(target)}' is not '${svarId}.<n>'`);
    }
    const existing = plan.targets.get(delsvarId);
    if (existing === undefined) {
      plan.targets.set(delsvarId, target);
    } else if (existing.role === 'inInstance' && target.role === 'inInstance') {
      const [[option, binding]] = [...target.byOption] as [[string, ValueBinding]];
      const other = existing.byOption.get(option);
      if (other === undefined) (existing.byOption as Map<string, ValueBinding>).set(option, binding);
      else problems.push(`Delsvar '${delsvarId}' is mapped by both '${other.element.id}' and '${binding.element.id}'`);
    } else {
      problems.push(`Delsvar '${delsvarId}' is mapped by both '${elementOf(existing)}' and '${elementOf(target)}'`);
    }
  };

  // The own walk (not compiled.elementsInOrder) names transport problems even when the model does not compile.
  for (const element of depthFirst(model.elements)) {
    if (!isValueElement(element)) continue;
    const mapping = transportOf(element);
    if (mapping === undefined || mapping.kind === 'none') continue;
    const binding = bind(element, mapping);
    if (binding === undefined) {
      problems.push(`Element '${element.id}' (${element.kind}) cannot travel as '${mapping.kind}'`);
      continue;
    }
    bindings.push(binding);
    problems.push(...optionProblems(binding));
    switch (binding.kind) {
      case 'value': {
        const { svarId, delsvarId, inInstanceOf } = binding.mapping;
        addTarget(
          svarId,
          delsvarId,
          inInstanceOf === undefined
            ? { role: 'value', binding }
            : { role: 'inInstance', byOption: new Map([[inInstanceOf, binding]]) },
        );
        break;
      }
      case 'codeInstances':
      case 'codeDateInstances':
      case 'periodInstances':
      case 'investigationInstances': {
        const plan = svarPlan(binding.mapping.svarId);
        if (claimInstances(plan, element)) plan.instance = binding;
        for (const [role, delsvarId] of instanceDelsvar(binding)) addTarget(plan.id, delsvarId, { role, binding });
        break;
      }
      case 'optionBooleans':
        for (const option of binding.element.options) {
          const delsvarId = binding.mapping.delsvar[option.id];
          if (delsvarId === undefined) problems.push(`Option '${option.id}' of '${element.id}' has no delsvar`);
          else addTarget(binding.mapping.svarId, delsvarId, { role: 'option', binding, optionId: option.id });
        }
        for (const key of Object.keys(binding.mapping.delsvar)) {
          if (!binding.element.options.some((o) => o.id === key)) {
            problems.push(`optionBooleans of '${element.id}' names an unknown option '${key}'`);
          }
        }
        break;
      case 'datePeriod':
        addTarget(binding.mapping.svarId, binding.mapping.delsvarId, { role: 'datePeriod', binding });
        break;
      case 'diagnoses':
        if (binding.mapping.rows.length < binding.element.rows.length) {
          problems.push(`Diagnoses '${element.id}' have ${binding.element.rows.length} rows but map fewer`);
        }
        binding.mapping.rows.forEach((row, index) => {
          const svarId = binding.mapping.svarId;
          addTarget(svarId, row.descriptionDelsvarId, { role: 'diagnosisDescription', binding, row: index });
          addTarget(svarId, row.codeDelsvarId, { role: 'diagnosisCode', binding, row: index });
        });
        break;
      case 'diagnosisInstances': {
        const plan = svarPlan(binding.mapping.svarId);
        if (claimInstances(plan, element)) plan.diagnosisRows = binding;
        addTarget(plan.id, binding.mapping.descriptionDelsvarId, {
          role: 'diagnosisInstance',
          binding,
          part: 'description',
        });
        addTarget(plan.id, binding.mapping.codeDelsvarId, { role: 'diagnosisInstance', binding, part: 'code' });
        break;
      }
      case 'visualAcuity': {
        const cells = Object.entries(binding.mapping.cells);
        if (cells.length === 0) problems.push(`Visual acuity '${element.id}' maps no cells to delsvar`);
        for (const [cell, delsvarId] of cells) {
          if (!(VISUAL_ACUITY_CELLS as readonly string[]).includes(cell) || delsvarId === undefined) {
            problems.push(`Visual acuity '${element.id}' maps an unknown cell '${cell}'`);
          } else {
            addTarget(binding.mapping.svarId, delsvarId, { role: 'cell', binding, cell: cell as VisualAcuityCell });
          }
        }
        break;
      }
      case 'unitContact':
        if (unitContact !== undefined)
          problems.push(`Two unitContact elements: '${unitContact.id}' and '${element.id}'`);
        unitContact ??= binding.element;
        break;
    }
  }
  problems.push(...inInstanceProblems(bindings, svar), ...valueOptionProblems(bindings, svar));
  return { model, compiled, bindings, svar, unitContact, problems };
}

/**
 * `uncodedOption` needs a radio or dropdown with that option, implied by a delsvar another element maps in
 * the same svar (outside instances); `quantityUnit` needs an integer.
 */
function valueOptionProblems(bindings: readonly Binding[], svar: ReadonlyMap<string, SvarPlan>): string[] {
  const problems: string[] = [];
  for (const binding of bindings) {
    if (binding.kind !== 'value') continue;
    const { element, mapping } = binding;
    if (mapping.quantityUnit !== undefined && element.kind !== 'integer') {
      problems.push(`'${element.id}' (${element.kind}) has a quantityUnit; only an integer travels as pq`);
    }
    if (mapping.uncodedOption === undefined) continue;
    const { option, impliedBy } = mapping.uncodedOption;
    if (element.kind !== 'radioCode' && element.kind !== 'dropdown') {
      problems.push(`'${element.id}' (${element.kind}) has an uncodedOption; only a radio or dropdown has options`);
    } else if (!element.options.some((o) => o.id === option)) {
      problems.push(`The uncodedOption '${option}' of '${element.id}' is not one of its options`);
    }
    const target = svar.get(mapping.svarId)?.targets.get(impliedBy);
    if (impliedBy === mapping.delsvarId || target === undefined || target.role !== 'value') {
      problems.push(
        `The uncodedOption of '${element.id}' is implied by '${impliedBy}', which is no other element's delsvar in svar '${mapping.svarId}'`,
      );
    }
  }
  return problems;
}

function elementOf(target: Target): string {
  return target.role === 'inInstance'
    ? [...target.byOption.values()].map((b) => b.element.id).join("', '")
    : target.binding.element.id;
}

function depthFirst(elements: readonly ElementSpec[]): ElementSpec[] {
  return elements.flatMap((element) => [element, ...depthFirst(element.children ?? [])]);
}

/** Options that travel as `cv` need a code system, and their codes must tell them apart. */
function optionProblems(binding: Binding): string[] {
  const travelsAsCv =
    binding.kind === 'codeInstances' ||
    binding.kind === 'codeDateInstances' ||
    binding.kind === 'periodInstances' ||
    binding.kind === 'investigationInstances' ||
    (binding.kind === 'value' && (binding.element.kind === 'radioCode' || binding.element.kind === 'dropdown'));
  if (!travelsAsCv || !('options' in binding.element)) return [];
  const problems: string[] = [];
  const seen = new Set<string>();
  const uncoded = binding.kind === 'value' ? binding.mapping.uncodedOption?.option : undefined;
  for (const option of binding.element.options) {
    if (option.id === uncoded) continue;
    if (option.codeSystem === undefined) {
      problems.push(`Option '${option.id}' of '${binding.element.id}' travels as cv but has no codeSystem`);
    }
    const key = `${codeOf(option)}|${option.codeSystem ?? ''}`;
    if (seen.has(key)) problems.push(`Two options of '${binding.element.id}' share the code '${codeOf(option)}'`);
    seen.add(key);
  }
  return problems;
}

function inInstanceProblems(bindings: readonly Binding[], svar: ReadonlyMap<string, SvarPlan>): string[] {
  const problems: string[] = [];
  for (const binding of bindings) {
    if (binding.kind !== 'value' || binding.mapping.inInstanceOf === undefined) continue;
    const { svarId, inInstanceOf } = binding.mapping;
    const instance = svar.get(svarId)?.instance;
    if (instance === undefined) {
      problems.push(`'${binding.element.id}' goes into an instance of svar '${svarId}', which has no instances`);
    } else if (!instance.element.options.some((option) => option.id === inInstanceOf)) {
      problems.push(`'${binding.element.id}' names '${inInstanceOf}', not an option of '${instance.element.id}'`);
    }
  }
  return problems;
}
