/**
 * LUAE_NA v1 (legacy `common/fk/luae_na`, domain.md §1.7) with the labels of Försäkringskassan's text set
 * v1.1 (`texts/texterMU_LUAE_NA_v1.1.xml`, valid from 2021-02-11). The structure is LUSE's
 * (`../../luse/shared-lu.ts`) with every investigation type in 4 and the extra question 24.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { FORSAKRINGSKASSAN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel } from '@intyg/core';
import { UNDERLAG_CODES } from '../../common/fk-utlatande.js';
import { luElements } from '../../luse/shared-lu.js';
import { texts } from './texts/texts.js';
import { FK_MESSAGES } from '../../common/messages.js';

export const luaeNaV1: CertificateModel = {
  type: 'luae_na',
  version: '1.1',
  typeCode: 'LUAE_NA',
  formId: 'FK 7801',
  name: 'Läkarutlåtande för aktivitetsersättning vid nedsatt arbetsförmåga',
  description:
    'Läkarens utlåtande om patientens sjukdom och dess konsekvenser när patienten ansöker om aktivitetsersättning vid nedsatt arbetsförmåga hos Försäkringskassan.',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  lifecycle: FORSAKRINGSKASSAN_LIFECYCLE,
  messages: FK_MESSAGES,
  // The transport version is the text version the certificate was written with.
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.1', '1.0', '1.2'] },
  activeFrom: '2021-02-11',
  textVersion: '1.1',
  elements: luElements(texts, { underlagCodes: UNDERLAG_CODES, forslagTillAtgard: true }),
};
