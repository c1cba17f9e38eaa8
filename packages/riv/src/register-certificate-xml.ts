/**
 * Export: a certificate as the bare RegisterCertificate element of RIV-TA RegisterCertificate v3
 * (RegisterCertificateResponder_3.1.xsd), UTF-8, with the XSD's namespaces: responder elements under
 * `ns2`, the core types unprefixed, data types under `ns3`, as Inera's own messages write them.
 *
 * Only what is visible by the model's rules on the signing date is written (a hidden element is not
 * part of what was signed). The unit's postal address, postal code, city and phone come from the
 * model's unitContact answer where it has them, else from `certificate.unit`. `intyg/version` is
 * `certificate.version` as given (normally the model's version, one of `model.transport.versions`).
 */
import { isValidDate, visibleAnswers } from '@intyg/core';
import type { AnswerValue, CertificateModel, UnitContact } from '@intyg/core';
import { svarOfAnswers } from './answers-to-svar.js';
import { NS_RESPONDER } from './namespaces.js';
import type { DelsvarValue, Svar } from './svar.js';
import { transportPlan } from './transport-plan.js';
import type { RivCertificate, RivPerson } from './types.js';
import {
  cvElement,
  hosPersonalElement,
  iiElement,
  messageNamespaces,
  personIdElement,
  typesText as t,
} from './xml-parts.js';
import { element, serializeDocument, textElement, type XmlElement } from './xml-writer.js';

export { DEFAULT_WORKPLACE_CODE } from './xml-parts.js';

/**
 * Throws (a programming error, not bad input) when the model's transport mapping has problems
 * (`checkTransport`) or `signedAt` is not a local date-time.
 */
export function registerCertificateXml(model: CertificateModel, certificate: RivCertificate): string {
  const plan = transportPlan(model);
  if (plan.problems.length > 0 || plan.compiled === undefined) {
    throw new Error(`Cannot export ${model.type}/${model.version}: ${plan.problems.join('; ')}`);
  }
  const today = certificate.signedAt.slice(0, 10);
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/.test(certificate.signedAt) || !isValidDate(today)) {
    throw new RangeError(`signedAt must be YYYY-MM-DDTHH:mm:ss, got '${certificate.signedAt}'`);
  }
  const answers = visibleAnswers(plan.compiled, certificate.answers, today);
  const contact = plan.unitContact === undefined ? undefined : unitContactOf(answers[plan.unitContact.id]);

  const intyg = element('ns2:intyg', [
    iiElement('intygs-id', certificate.unit.unitId, certificate.id),
    element('typ', [
      t('code', model.transport.typeCode ?? model.typeCode),
      t('codeSystem', model.transport.typeCodeSystem),
      t('displayName', model.transport.typeDisplayName ?? model.name),
    ]),
    textElement('version', certificate.version),
    textElement('signeringstidpunkt', certificate.signedAt),
    textElement('skickatTidpunkt', certificate.sentAt),
    patient(certificate.patient),
    hosPersonalElement('skapadAv', { ...certificate.issuer, unit: certificate.unit }, contact),
    ...svarOfAnswers(plan, answers).map(svar),
  ]);
  return serializeDocument(element('ns2:RegisterCertificate', [intyg], messageNamespaces(NS_RESPONDER)));
}

function patient(person: RivPerson): XmlElement {
  return element('patient', [
    personIdElement('person-id', person.personId),
    textElement('fornamn', person.firstName),
    textElement('efternamn', person.lastName),
    textElement('mellannamn', person.middleName || undefined),
    textElement('postadress', person.postalAddress),
    textElement('postnummer', person.postalCode),
    textElement('postort', person.city),
  ]);
}

/** The unitContact answer's fields that are filled in (the rest come from `certificate.unit`). */
function unitContactOf(value: AnswerValue | undefined): Partial<UnitContact> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const fields = value as Partial<Record<keyof UnitContact, unknown>>;
  const contact: Partial<Record<keyof UnitContact, string>> = {};
  for (const key of ['address', 'zipCode', 'city', 'phone'] as const) {
    const field = fields[key];
    if (typeof field === 'string' && field.trim() !== '') contact[key] = field;
  }
  return contact;
}

function svar(item: Svar): XmlElement {
  return element(
    'svar',
    [
      textElement('instans', item.instance === undefined ? undefined : String(item.instance)),
      ...item.delsvar.map((d) => delsvar(d.id, d.value)),
    ],
    { id: item.id },
  );
}

function delsvar(id: string, value: DelsvarValue): XmlElement {
  const attributes = { id };
  switch (value.type) {
    case 'text':
      return { name: 'delsvar', attributes, text: value.text };
    case 'cv':
      return element('delsvar', [cvElement('ns3:cv', value.code, value.codeSystem, value.displayName)], attributes);
    case 'datePeriod':
      return element(
        'delsvar',
        [element('ns3:datePeriod', [t('start', value.start), t('end', value.end)])],
        attributes,
      );
    case 'partialDate':
      return element(
        'delsvar',
        [element('ns3:partialDate', [t('format', value.format), t('value', value.value)])],
        attributes,
      );
    case 'pq':
      return element('delsvar', [element('ns3:pq', [t('value', value.value), t('unit', value.unit)])], attributes);
  }
}
