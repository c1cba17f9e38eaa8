/**
 * Export: the parts the RIV-TA messages share, written with the prefixes every message of this package
 * uses: core elements unprefixed (the default namespace is NS_CORE) and data types under `ns3`
 * (NS_TYPES). A message's own responder elements go under `ns2`.
 */
import type { UnitContact } from '@intyg/core';
import {
  NS_CORE,
  NS_TYPES,
  OID_ARBETSPLATSKOD,
  OID_HSA_ID,
  OID_PERSONNUMMER,
  OID_SAMORDNINGSNUMMER,
} from './namespaces.js';
import type { RivCareProfessional, RivUnit } from './types.js';
import { element, textElement, type XmlElement } from './xml-writer.js';

/** Webcert's stand-in when a unit has no arbetsplatskod; the XSD requires the element. */
export const DEFAULT_WORKPLACE_CODE = '0000000';

/** The namespace declarations of a message whose own elements are in `responderNamespace`. */
export function messageNamespaces(responderNamespace: string): Record<string, string> {
  return { xmlns: NS_CORE, 'xmlns:ns2': responderNamespace, 'xmlns:ns3': NS_TYPES };
}

/** A data-type child (types namespace). */
export function typesText(name: string, text: string | undefined): XmlElement | undefined {
  return textElement(`ns3:${name}`, text);
}

/** An II (root, extension) named `name`. */
export function iiElement(name: string, root: string, extension: string): XmlElement {
  return element(name, [typesText('root', root), typesText('extension', extension)]);
}

/** A CV (code, codeSystem, displayName?) named `name`. */
export function cvElement(name: string, code: string, codeSystem: string, displayName?: string): XmlElement {
  return element(name, [
    typesText('code', code),
    typesText('codeSystem', codeSystem),
    typesText('displayName', displayName),
  ]);
}

/** A PersonId: personnummer, or samordningsnummer when the day of birth has 60 added. */
export function personIdElement(name: string, personId: string): XmlElement {
  return iiElement(name, isCoordinationNumber(personId) ? OID_SAMORDNINGSNUMMER : OID_PERSONNUMMER, personId);
}

function isCoordinationNumber(personId: string): boolean {
  return /^\d{12}$/.test(personId) && Number(personId.slice(6, 8)) > 60;
}

/**
 * A HosPersonal named `name` (e.g. `skapadAv`, or `ns2:skickatAv`); `contact` overrides the unit's
 * address and phone where it has them (the model's unitContact answer).
 */
export function hosPersonalElement(
  name: string,
  professional: RivCareProfessional,
  contact?: Partial<UnitContact>,
): XmlElement {
  return element(name, [
    iiElement('personal-id', OID_HSA_ID, professional.hsaId),
    textElement('fullstandigtNamn', professional.fullName),
    textElement('forskrivarkod', professional.prescriptionCode),
    unitElement(professional.unit, contact),
  ]);
}

function unitElement(unit: RivUnit, contact: Partial<UnitContact> | undefined): XmlElement {
  return element('enhet', [
    iiElement('enhets-id', OID_HSA_ID, unit.unitId),
    iiElement('arbetsplatskod', OID_ARBETSPLATSKOD, unit.workplaceCode || DEFAULT_WORKPLACE_CODE),
    textElement('enhetsnamn', unit.unitName),
    textElement('postadress', contact?.address ?? unit.postalAddress),
    textElement('postnummer', contact?.zipCode ?? unit.postalCode),
    textElement('postort', contact?.city ?? unit.city),
    textElement('telefonnummer', contact?.phone ?? unit.phone),
    textElement('epost', unit.email || undefined),
    element('vardgivare', [
      iiElement('vardgivare-id', OID_HSA_ID, unit.careProviderId),
      textElement('vardgivarnamn', unit.careProviderName),
    ]),
  ]);
}
