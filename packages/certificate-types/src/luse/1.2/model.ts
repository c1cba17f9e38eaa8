/**
 * LUSE v1 (legacy `common/fk/luse`, domain.md §1.6) with the labels of Försäkringskassan's text set v1.2
 * (`texts/texterMU_LUSE_v1.2.xml`, valid from 2021-02-11). Ids are the svar/delsvar ids of the transport
 * format; the element tree is shared with LUAE_NA (`../shared-lu.ts`).
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { FORSAKRINGSKASSAN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel } from '@intyg/core';
import { UNDERLAG_CODES } from '../../common/fk-utlatande.js';
import { luElements } from '../shared-lu.js';
import { texts } from './texts/texts.js';
import { FK_MESSAGES } from '../../common/messages.js';

/** Every type but SKOLHALSOVARD (legacy validator: "Alla underlagstyper är godkända här utom … skolhälsovård"). */
export const LUSE_UNDERLAG_CODES = UNDERLAG_CODES.filter((code) => code !== 'SKOLHALSOVARD');

export const luseV1: CertificateModel = {
  type: 'luse',
  version: '1.2',
  typeCode: 'LUSE',
  formId: 'FK 7800',
  name: 'Läkarutlåtande för sjukersättning',
  description:
    'Läkarens utlåtande om patientens sjukdom och dess konsekvenser när patienten ansöker om sjukersättning hos Försäkringskassan.',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  lifecycle: FORSAKRINGSKASSAN_LIFECYCLE,
  messages: FK_MESSAGES,
  // The transport version is the text version the certificate was written with.
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.2', '1.0', '1.1', '1.3'] },
  activeFrom: '2021-02-11',
  textVersion: '1.2',
  elements: luElements(texts, { underlagCodes: LUSE_UNDERLAG_CODES, forslagTillAtgard: false }),
};
