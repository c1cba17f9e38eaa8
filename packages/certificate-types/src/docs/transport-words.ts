/**
 * An element's transport mapping (RIV-TA RegisterCertificate v3 svar/delsvar, see core's transport.ts)
 * in words, from `transportOf`: the model's own `transport` or the default of its kind.
 */
import { transportOf } from '@intyg/core';
import type { ElementSpec, TransportMapping } from '@intyg/core';
import { code } from './markdown.js';

/** One line describing where the element's answer travels; undefined for elements without an answer. */
export function transportWords(element: ElementSpec): string | undefined {
  const mapping = transportOf(element);
  if (mapping === undefined) return undefined;
  const explicit = element.transport === undefined ? '' : ' (angiven i modellen)';
  return `${mappingWords(mapping)}${explicit}`;
}

function mappingWords(mapping: TransportMapping): string {
  const svar = (id: string): string => `svar ${code(id)}`;
  switch (mapping.kind) {
    case 'none':
      return 'skickas inte (ingår inte i transportformatet)';
    case 'value': {
      const parts = [`${svar(mapping.svarId)}, delsvar ${code(mapping.delsvarId)}`];
      if (mapping.partialDate === true) parts.push('som partialDate');
      if (mapping.quantityUnit !== undefined) parts.push(`som pq med enheten ${code(mapping.quantityUnit)}`);
      if (mapping.inInstanceOf !== undefined) {
        parts.push(`i den instans av svaret vars kod är ${code(mapping.inInstanceOf)}`);
      }
      if (mapping.uncodedOption !== undefined) {
        const { option, impliedBy } = mapping.uncodedOption;
        parts.push(`${code(option)} skickas utan kod: delsvar ${code(impliedBy)} anger det`);
      }
      return parts.join(', ');
    }
    case 'codeInstances':
      return `${svar(mapping.svarId)}, en instans per valt alternativ: kod i delsvar ${code(mapping.delsvarId)}`;
    case 'optionBooleans':
      return `${svar(mapping.svarId)}, ett delsvar (true) per valt alternativ: ${Object.entries(mapping.delsvar)
        .map(([option, delsvar]) => `${code(option)} → ${code(delsvar)}`)
        .join(', ')}`;
    case 'codeDateInstances':
      return (
        `${svar(mapping.svarId)}, en instans per rad: kod i delsvar ${code(mapping.codeDelsvarId)}, ` +
        `datum i delsvar ${code(mapping.dateDelsvarId)}`
      );
    case 'periodInstances':
      return (
        `${svar(mapping.svarId)}, en instans per period: grad i delsvar ${code(mapping.codeDelsvarId)}, ` +
        `period (datePeriod) i delsvar ${code(mapping.periodDelsvarId)}`
      );
    case 'datePeriod':
      return `${svar(mapping.svarId)}, delsvar ${code(mapping.delsvarId)} som datePeriod`;
    case 'diagnoses':
      return `${svar(mapping.svarId)}: ${mapping.rows
        .map(
          (row, i) => `rad ${i + 1} beskrivning ${code(row.descriptionDelsvarId)} och kod ${code(row.codeDelsvarId)}`,
        )
        .join('; ')}`;
    case 'diagnosisInstances':
      return (
        `${svar(mapping.svarId)}, en instans per diagnosrad (instans = radnummer): beskrivning i delsvar ` +
        `${code(mapping.descriptionDelsvarId)}, kod i delsvar ${code(mapping.codeDelsvarId)}`
      );
    case 'investigationInstances':
      return (
        `${svar(mapping.svarId)}, en instans per rad: typ i delsvar ${code(mapping.codeDelsvarId)}, ` +
        `datum i ${code(mapping.dateDelsvarId)}, källa i ${code(mapping.sourceDelsvarId)}`
      );
    case 'visualAcuity': {
      const cells = Object.entries(mapping.cells);
      const cellWords =
        cells.length === 0
          ? 'inga celler mappade'
          : cells.map(([cell, delsvar]) => `${code(cell)} → ${code(delsvar ?? '')}`).join(', ');
      return `${svar(mapping.svarId)}, ett delsvar per cell: ${cellWords}`;
    }
    case 'unitContact':
      return `i ${code('skapadAv/enhet')} (postadress, postnummer, postort, telefonnummer)`;
  }
}
