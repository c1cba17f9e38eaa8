/**
 * Import: a HosPersonal (core namespace): the care professional with their care unit and care provider, as
 * `intyg/skapadAv` of RegisterCertificate and `skickatAv` of RevokeCertificate and SendMessageToRecipient
 * carry it.
 */
import type { Element } from '@xmldom/xmldom';
import type { ElementReader } from './element-reader.js';
import type { RivCareProfessional, RivUnit } from './types.js';

/** The care professional at `path`; what is missing is reported in the reader's errors (and is ''). */
export function readHosPersonal(r: ElementReader, hosPersonal: Element | undefined, path: string): RivCareProfessional {
  const prescriptionCode = r.text(hosPersonal, 'forskrivarkod', `${path}/forskrivarkod`, { optional: true });
  const hsaId = r.ii(hosPersonal, 'personal-id', `${path}/personal-id`).extension;
  const fullName = r.text(hosPersonal, 'fullstandigtNamn', `${path}/fullstandigtNamn`) ?? '';
  const enhet = r.one(hosPersonal, 'enhet', `${path}/enhet`);
  const e = (name: string, options: { optional?: boolean; nonEmpty?: boolean } = {}) =>
    r.text(enhet, name, `${path}/enhet/${name}`, options);
  const unitId = r.ii(enhet, 'enhets-id', `${path}/enhet/enhets-id`).extension;
  const workplaceCode = r.ii(enhet, 'arbetsplatskod', `${path}/enhet/arbetsplatskod`).extension;
  const unitName = e('enhetsnamn') ?? '';
  const postalAddress = e('postadress') ?? '';
  const postalCode = e('postnummer') ?? '';
  const city = e('postort') ?? '';
  const phone = e('telefonnummer') ?? '';
  const email = e('epost', { optional: true, nonEmpty: true });
  const vardgivare = r.one(enhet, 'vardgivare', `${path}/enhet/vardgivare`);
  const careProviderId = r.ii(vardgivare, 'vardgivare-id', `${path}/enhet/vardgivare/vardgivare-id`).extension;
  const careProviderName = r.text(vardgivare, 'vardgivarnamn', `${path}/enhet/vardgivare/vardgivarnamn`) ?? '';
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
    hsaId,
    fullName,
    ...(prescriptionCode ? { prescriptionCode } : {}),
    unit,
  };
}
