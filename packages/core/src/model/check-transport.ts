/**
 * Load-time checks of how a model's elements travel in RIV-TA RegisterCertificate v3 (see transport.ts):
 * options that mappings name must exist, and no two answers may land in the same delsvar of the same
 * svar instance, or one would overwrite the other on export and be read back into the wrong element.
 */
import type { ElementSpec } from './element.js';
import { transportOf, type TransportMapping } from './transport.js';

type Report = (elementId: string, message: string) => void;

/** The delsvar ids a mapping writes, in mapping order. */
export function delsvarIdsOf(mapping: TransportMapping): string[] {
  switch (mapping.kind) {
    case 'none':
    case 'unitContact':
      return [];
    case 'value':
    case 'codeInstances':
    case 'datePeriod':
      return [mapping.delsvarId];
    case 'optionBooleans':
      return Object.values(mapping.delsvar);
    case 'codeDateInstances':
      return [mapping.codeDelsvarId, mapping.dateDelsvarId];
    case 'periodInstances':
      return [mapping.codeDelsvarId, mapping.periodDelsvarId];
    case 'diagnoses':
      return mapping.rows.flatMap((row) => [row.descriptionDelsvarId, row.codeDelsvarId]);
    case 'diagnosisInstances':
      return [mapping.descriptionDelsvarId, mapping.codeDelsvarId];
    case 'investigationInstances':
      return [mapping.codeDelsvarId, mapping.dateDelsvarId, mapping.sourceDelsvarId];
    case 'visualAcuity':
      return Object.values(mapping.cells).filter((id): id is string => id !== undefined);
  }
}

function svarIdOfMapping(mapping: TransportMapping | undefined): string | undefined {
  return mapping === undefined || mapping.kind === 'none' || mapping.kind === 'unitContact'
    ? undefined
    : mapping.svarId;
}

function optionIdsOf(element: ElementSpec): readonly string[] {
  return 'options' in element ? element.options.map((option) => option.id) : [];
}

/**
 * Reports, per element: an `inInstanceOf` naming no option of the model or an option whose element travels
 * in another svar; an `uncodedOption` naming no option of the element, or implied by a delsvar outside
 * its svar or by its own code delsvar (whether another element maps `impliedBy` needs the whole plan: riv's
 * `checkTransport`); `optionBooleans` keys that are not options of the element, and options without a key;
 * a delsvar of a svar already written by another element (or twice by this one). The same delsvar id may
 * recur only in different instances, i.e. with different `inInstanceOf` options.
 */
export function checkTransport(elements: readonly ElementSpec[], report: Report): void {
  const optionOwners = new Map<string, ElementSpec>();
  for (const element of elements) {
    for (const id of optionIdsOf(element)) if (!optionOwners.has(id)) optionOwners.set(id, element);
  }

  const slots = new Map<string, string>();
  for (const element of elements) {
    const mapping = transportOf(element);
    const svarId = svarIdOfMapping(mapping);
    if (mapping === undefined || svarId === undefined) continue;
    let instance = '';
    if (mapping.kind === 'value' && mapping.inInstanceOf !== undefined) {
      instance = mapping.inInstanceOf;
      const owner = optionOwners.get(instance);
      const ownerSvar = owner === undefined ? undefined : svarIdOfMapping(transportOf(owner));
      if (owner === undefined) {
        report(
          element.id,
          `The transport mapping's inInstanceOf names '${instance}', which is not an option in the model`,
        );
      } else if (ownerSvar !== mapping.svarId) {
        report(
          element.id,
          `The transport mapping's inInstanceOf names '${instance}' of element '${owner.id}', which travels in ` +
            `svar '${ownerSvar ?? '(none)'}', not in svar '${mapping.svarId}'`,
        );
      }
    }
    if (mapping.kind === 'value' && mapping.uncodedOption !== undefined) {
      const { option, impliedBy } = mapping.uncodedOption;
      if (!optionIdsOf(element).includes(option)) {
        report(
          element.id,
          `The transport mapping's uncodedOption names '${option}', which is not an option of the element`,
        );
      }
      if (!impliedBy.startsWith(`${mapping.svarId}.`) || impliedBy === mapping.delsvarId) {
        report(
          element.id,
          `The uncodedOption '${option}' must be implied by another delsvar of svar '${mapping.svarId}', not '${impliedBy}'`,
        );
      }
    }
    if (mapping.kind === 'optionBooleans') {
      const options = optionIdsOf(element);
      for (const key of Object.keys(mapping.delsvar)) {
        if (!options.includes(key)) {
          report(
            element.id,
            `The optionBooleans transport mapping names '${key}', which is not an option of the element`,
          );
        }
      }
      for (const option of options) {
        if (!Object.hasOwn(mapping.delsvar, option)) {
          report(element.id, `Option '${option}' has no delsvar in the optionBooleans transport mapping`);
        }
      }
    }
    for (const delsvarId of delsvarIdsOf(mapping)) {
      const key = JSON.stringify([svarId, delsvarId, instance]);
      const owner = slots.get(key);
      if (owner === undefined) {
        slots.set(key, element.id);
        continue;
      }
      const where = owner === element.id ? 'this element' : `element '${owner}'`;
      const inInstance = instance === '' ? '' : ` in the instance of '${instance}'`;
      report(
        element.id,
        `Transport delsvar '${delsvarId}' of svar '${svarId}'${inInstance} is already used by ${where}`,
      );
    }
  }
}
