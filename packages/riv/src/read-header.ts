/**
 * Import: the header of `intyg` (id, type, version, times, patient, issuer, unit), read by namespace.
 * Every problem is collected as a Swedish text; reading goes on so that one answer lists them all.
 */
import { isValidDate } from '@intyg/core';
import type { Element } from '@xmldom/xmldom';
import { messages } from './messages.js';
import { NS_CORE, NS_TYPES, OID_PERSONNUMMER, OID_SAMORDNINGSNUMMER } from './namespaces.js';
import type { RivIssuer, RivPerson, RivUnit } from './types.js';
import { childElements, childrenNamed, simpleTextOf } from './xml-reader.js';

export interface Header {
  readonly id: string;
  readonly typeCode: string;
  readonly typeCodeSystem: string;
  readonly version: string;
  readonly signedAt: string;
  readonly sentAt?: string;
  readonly patient: RivPerson;
  readonly issuer: RivIssuer;
  readonly unit: RivUnit;
}

/** Reads elements under `intyg`, collecting problems in `errors`. */
class HeaderReader {
  constructor(readonly errors: string[]) {}

  /** The one child `name` (core namespace unless given); reports it missing or repeated. */
  one(parent: Element | undefined, name: string, path: string, optional = false, ns = NS_CORE): Element | undefined {
    if (parent === undefined) return undefined;
    const found = childrenNamed(parent, ns, name);
    if (found.length > 1) this.errors.push(messages.duplicate(path));
    if (found.length === 0 && !optional) this.errors.push(messages.missing(path));
    return found[0];
  }

  /** Text of the child, trimmed; '' when missing (after reporting). */
  text(
    parent: Element | undefined,
    name: string,
    path: string,
    options: { optional?: boolean; nonEmpty?: boolean } = {},
  ) {
    const found = this.one(parent, name, path, options.optional);
    if (found === undefined) return undefined;
    const text = this.simple(found, path);
    if (options.nonEmpty === true && text === '') this.errors.push(messages.emptyElement(path));
    return text;
  }

  /** root and extension (types namespace) of an II-typed child. */
  ii(parent: Element | undefined, name: string, path: string): { root: string; extension: string } {
    const found = this.one(parent, name, path);
    if (found === undefined) return { root: '', extension: '' };
    const part = (local: string) => {
      const element = this.one(found, local, `${path}/${local}`, false, NS_TYPES);
      const text = element === undefined ? '' : this.simple(element, `${path}/${local}`);
      if (element !== undefined && text === '') this.errors.push(messages.emptyElement(`${path}/${local}`));
      return text;
    };
    return { root: part('root'), extension: part('extension') };
  }

  /** Trimmed text of a simple-typed element; reports (and gives '') when it holds elements. */
  simple(element: Element, path: string): string {
    const text = simpleTextOf(element);
    if (text === undefined) this.errors.push(messages.notText(path));
    return text?.trim() ?? '';
  }

  timestamp(parent: Element | undefined, name: string, path: string, optional: boolean): string | undefined {
    const text = this.text(parent, name, path, { optional });
    if (text === undefined) return undefined;
    if (!/^\d{4}-\d\d-\d\dT([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(text) || !isValidDate(text.slice(0, 10))) {
      this.errors.push(messages.timestamp(path, text));
    }
    return text;
  }
}

/** The header; `undefined` parts are reported in `errors`. */
/** The children of `intyg` in the core namespace (Intyg in the XSD); other namespaces are extensions. */
const INTYG_CHILDREN = [
  'intygs-id',
  'mottagare',
  'typ',
  'version',
  'signeringstidpunkt',
  'skickatTidpunkt',
  'patient',
  'skapadAv',
  'relation',
  'status',
  'svar',
];

export function readHeader(intyg: Element, errors: string[]): Header {
  const r = new HeaderReader(errors);
  for (const child of childElements(intyg)) {
    const ours = child.namespaceURI === NS_CORE || child.namespaceURI === null;
    if (ours && !INTYG_CHILDREN.includes(child.localName ?? '')) {
      errors.push(messages.unknownElement('intyg', child.localName ?? child.nodeName));
    }
  }
  const id = r.ii(intyg, 'intygs-id', 'intyg/intygs-id').extension;

  const typ = r.one(intyg, 'typ', 'intyg/typ');
  const typePart = (name: string) => {
    const element = r.one(typ, name, `intyg/typ/${name}`, false, NS_TYPES);
    const text = element === undefined ? '' : r.simple(element, `intyg/typ/${name}`);
    if (element !== undefined && text === '') errors.push(messages.emptyElement(`intyg/typ/${name}`));
    return text;
  };
  const typeCode = typ === undefined ? '' : typePart('code');
  const typeCodeSystem = typ === undefined ? '' : typePart('codeSystem');
  const version = r.text(intyg, 'version', 'intyg/version', { nonEmpty: true }) ?? '';
  const signedAt = r.timestamp(intyg, 'signeringstidpunkt', 'intyg/signeringstidpunkt', false) ?? '';
  const sentAt = r.timestamp(intyg, 'skickatTidpunkt', 'intyg/skickatTidpunkt', true);

  const patientElement = r.one(intyg, 'patient', 'intyg/patient');
  const personId = r.ii(patientElement, 'person-id', 'intyg/patient/person-id');
  if (patientElement !== undefined) {
    if (personId.root !== '' && personId.root !== OID_PERSONNUMMER && personId.root !== OID_SAMORDNINGSNUMMER) {
      errors.push(messages.personIdRoot(personId.root));
    }
    if (personId.extension !== '' && !/^\d{12}$/.test(personId.extension))
      errors.push(messages.personId(personId.extension));
  }
  const p = (name: string, optional = false) =>
    r.text(patientElement, name, `intyg/patient/${name}`, { optional }) ?? '';
  const middleName = r.text(patientElement, 'mellannamn', 'intyg/patient/mellannamn', { optional: true });
  const patient: RivPerson = {
    personId: personId.extension,
    firstName: p('fornamn'),
    ...(middleName ? { middleName } : {}),
    lastName: p('efternamn'),
    postalAddress: p('postadress'),
    postalCode: p('postnummer'),
    city: p('postort'),
  };

  const skapadAv = r.one(intyg, 'skapadAv', 'intyg/skapadAv');
  const prescriptionCode = r.text(skapadAv, 'forskrivarkod', 'intyg/skapadAv/forskrivarkod', { optional: true });
  const issuer: RivIssuer = {
    hsaId: r.ii(skapadAv, 'personal-id', 'intyg/skapadAv/personal-id').extension,
    fullName: r.text(skapadAv, 'fullstandigtNamn', 'intyg/skapadAv/fullstandigtNamn') ?? '',
    ...(prescriptionCode ? { prescriptionCode } : {}),
  };

  const enhet = r.one(skapadAv, 'enhet', 'intyg/skapadAv/enhet');
  const e = (name: string, options: { optional?: boolean; nonEmpty?: boolean } = {}) =>
    r.text(enhet, name, `intyg/skapadAv/enhet/${name}`, options);
  const unitId = r.ii(enhet, 'enhets-id', 'intyg/skapadAv/enhet/enhets-id').extension;
  const workplaceCode = r.ii(enhet, 'arbetsplatskod', 'intyg/skapadAv/enhet/arbetsplatskod').extension;
  const unitName = e('enhetsnamn') ?? '';
  const postalAddress = e('postadress') ?? '';
  const postalCode = e('postnummer') ?? '';
  const city = e('postort') ?? '';
  const phone = e('telefonnummer') ?? '';
  const email = e('epost', { optional: true, nonEmpty: true });
  const vardgivare = r.one(enhet, 'vardgivare', 'intyg/skapadAv/enhet/vardgivare');
  const careProviderId = r.ii(vardgivare, 'vardgivare-id', 'intyg/skapadAv/enhet/vardgivare/vardgivare-id').extension;
  const careProviderName = r.text(vardgivare, 'vardgivarnamn', 'intyg/skapadAv/enhet/vardgivare/vardgivarnamn') ?? '';
  const unit: RivUnit = {
    unitId,
    unitName,
    postalAddress,
    postalCode,
    city,
    phone,
    ...(email ? { email } : {}),
    ...(workplaceCode ? { workplaceCode } : {}),
    careProviderId,
    careProviderName,
  };

  return {
    id,
    typeCode,
    typeCodeSystem,
    version,
    signedAt,
    ...(sentAt === undefined ? {} : { sentAt }),
    patient,
    issuer,
    unit,
  };
}
