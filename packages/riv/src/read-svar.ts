/**
 * Import: `intyg/svar` elements → svar/delsvar values, by namespace. Checks only what does not need
 * the model: ids present, `instans` a positive integer, delsvar content text or one known data type
 * with its parts. A svar with a broken `instans` is skipped (its rows cannot be told apart), a broken
 * delsvar is left out; each problem is reported.
 */
import type { Element } from '@xmldom/xmldom';
import { delsvarPlace, messages } from './messages.js';
import { NS_CORE, NS_TYPES } from './namespaces.js';
import type { Delsvar, DelsvarValue, Svar } from './svar.js';
import { childElements, childrenNamed, hasOwnText, simpleTextOf, textOf } from './xml-reader.js';

export function readSvar(intyg: Element, errors: string[]): Svar[] {
  const result: Svar[] = [];
  for (const svar of childrenNamed(intyg, NS_CORE, 'svar')) {
    const id = svar.getAttribute('id')?.trim() ?? '';
    if (id === '') {
      errors.push(messages.missingId('svar'));
      continue;
    }
    const instances = childrenNamed(svar, NS_CORE, 'instans');
    let instance: number | undefined;
    if (instances.length > 1) {
      errors.push(messages.duplicate(`svar[@id='${id}']/instans`));
      continue;
    }
    if (instances[0] !== undefined) {
      const text = (simpleTextOf(instances[0]) ?? '<…>').trim();
      if (!/^[1-9]\d{0,5}$/.test(text)) {
        errors.push(messages.badInstance(id, text));
        continue;
      }
      instance = Number(text);
    }
    const delsvarElements = childrenNamed(svar, NS_CORE, 'delsvar');
    if (delsvarElements.length === 0) errors.push(messages.noDelsvar(id));
    const delsvar: Delsvar[] = [];
    for (const element of delsvarElements) {
      const delsvarId = element.getAttribute('id')?.trim() ?? '';
      if (delsvarId === '') {
        errors.push(messages.missingId('delsvar', id));
        continue;
      }
      const value = readContent(element, delsvarPlace(id, instance, delsvarId), errors);
      if (value !== undefined) delsvar.push({ id: delsvarId, value });
    }
    result.push(instance === undefined ? { id, delsvar } : { id, instance, delsvar });
  }
  return result;
}

function readContent(delsvar: Element, place: string, errors: string[]): DelsvarValue | undefined {
  const children = childElements(delsvar);
  const [child] = children;
  if (child === undefined) return { type: 'text', text: textOf(delsvar) };
  if (children.length > 1) {
    errors.push(messages.manyChildren(place));
    return undefined;
  }
  if (hasOwnText(delsvar)) {
    errors.push(messages.mixedContent(place));
    return undefined;
  }
  const before = errors.length;
  const part = (name: string, optional = false): string | undefined => {
    const found = childrenNamed(child, NS_TYPES, name);
    if (found.length > 1) errors.push(messages.duplicate(`${child.localName}/${name}`));
    if (found[0] === undefined) {
      if (!optional) errors.push(messages.missingPart(place, `${child.localName}/${name}`));
      return undefined;
    }
    const text = simpleTextOf(found[0]);
    if (text === undefined) errors.push(messages.partNotText(place, `${child.localName}/${name}`));
    return text?.trim();
  };
  let value: DelsvarValue | undefined;
  switch (child.namespaceURI === NS_TYPES ? child.localName : undefined) {
    case 'cv': {
      const code = part('code') ?? '';
      const codeSystem = part('codeSystem') ?? '';
      const displayName = part('displayName', true);
      value = { type: 'cv', code, codeSystem, ...(displayName === undefined ? {} : { displayName }) };
      break;
    }
    case 'datePeriod': {
      const start = part('start', true);
      const end = part('end', true);
      value = { type: 'datePeriod', ...(start === undefined ? {} : { start }), ...(end === undefined ? {} : { end }) };
      break;
    }
    case 'partialDate':
      value = { type: 'partialDate', format: part('format') ?? '', value: part('value') ?? '' };
      break;
    case 'pq':
      value = { type: 'pq', value: part('value') ?? '', unit: part('unit') ?? '' };
      break;
    default:
      errors.push(messages.unknownContent(place, child.localName ?? child.nodeName));
      return undefined;
  }
  return errors.length === before ? value : undefined;
}
