/**
 * Import: the header of `intyg` (id, type, version, times, patient, issuer, unit), read by namespace.
 * Every problem is collected as a Swedish text; reading goes on so that one answer lists them all.
 */
import type { Element } from '@xmldom/xmldom';
import { ElementReader } from './element-reader.js';
import { readHosPersonal } from './read-hos-personal.js';
import type { RivIssuer, RivPerson, RivUnit } from './types.js';

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

/** The header; `undefined` parts are reported in `errors`. */
export function readHeader(intyg: Element, errors: string[]): Header {
  const r = new ElementReader(errors);
  r.onlyKnownChildren(intyg, 'intyg', INTYG_CHILDREN);
  const id = r.ii(intyg, 'intygs-id', 'intyg/intygs-id').extension;

  const typ = r.one(intyg, 'typ', 'intyg/typ');
  const typeCode = typ === undefined ? '' : r.typePart(typ, 'code', 'intyg/typ');
  const typeCodeSystem = typ === undefined ? '' : r.typePart(typ, 'codeSystem', 'intyg/typ');
  const version = r.text(intyg, 'version', 'intyg/version', { nonEmpty: true }) ?? '';
  const signedAt = r.timestamp(intyg, 'signeringstidpunkt', 'intyg/signeringstidpunkt', false) ?? '';
  const sentAt = r.timestamp(intyg, 'skickatTidpunkt', 'intyg/skickatTidpunkt', true);

  const patientElement = r.one(intyg, 'patient', 'intyg/patient');
  const personId = r.personId(patientElement, 'person-id', 'intyg/patient/person-id');
  const p = (name: string, optional = false) =>
    r.text(patientElement, name, `intyg/patient/${name}`, { optional }) ?? '';
  const middleName = r.text(patientElement, 'mellannamn', 'intyg/patient/mellannamn', { optional: true });
  const patient: RivPerson = {
    personId,
    firstName: p('fornamn'),
    ...(middleName ? { middleName } : {}),
    lastName: p('efternamn'),
    postalAddress: p('postadress'),
    postalCode: p('postnummer'),
    city: p('postort'),
  };

  const { unit, ...issuer } = readHosPersonal(r, r.one(intyg, 'skapadAv', 'intyg/skapadAv'), 'intyg/skapadAv');
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
