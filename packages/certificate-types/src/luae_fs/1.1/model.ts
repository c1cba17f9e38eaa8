/**
 * LUAE_FS v1 (legacy `common/fk/luae_fs`, domain.md §1.8) with the labels of Försäkringskassan's text set
 * v1.1 (`texts/texterMU_LUAE_FS_v1.1.xml`, valid from 2021-02-11): grund för medicinskt underlag as LUSE,
 * diagnoses, the two functional-impairment questions 15 and 16, Övrigt (2850) and kontakt, and the two
 * supplementary questions 9001 and 9002 the text set carries.
 */
import { KV_INTYGSTYP } from '@intyg/core';
import { FORSAKRINGSKASSAN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel } from '@intyg/core';
import {
  TILLAGG_CATEGORY_ID,
  UNDERLAG_CODES,
  UtlatandeTexts,
  category,
  diagnoser,
  grundForMedicinsktUnderlag,
  kannedomOmPatienten,
  kontakt,
  ovrigt,
  textQuestion,
  tillaggsfraga,
  underlag,
} from '../../common/fk-utlatande.js';
import { unitContactElement } from '../../common/unit-contact.js';
import { texts } from './texts/texts.js';
import { FK_MESSAGES } from '../../common/messages.js';

const t = new UtlatandeTexts(texts);

/** Övriga upplysningar (legacy `QuestionOvrigt.TEXT_LIMIT`). */
export const LUAE_FS_OVRIGT_LIMIT = 2850;

/** Every type but FORETAGSHALSOVARD (domain.md §1.8; not in the text set either). */
export const LUAE_FS_UNDERLAG_CODES = UNDERLAG_CODES.filter((code) => code !== 'FORETAGSHALSOVARD');

export const luaeFsV1: CertificateModel = {
  type: 'luae_fs',
  version: '1.1',
  typeCode: 'LUAE_FS',
  formId: 'FK 7802',
  name: 'Läkarutlåtande för aktivitetsersättning vid förlängd skolgång',
  description:
    'Läkarens utlåtande om patientens funktionsnedsättning när patienten ansöker om aktivitetsersättning vid förlängd skolgång hos Försäkringskassan.',
  recipient: { id: 'FKASSA', name: 'Försäkringskassan' },
  lifecycle: FORSAKRINGSKASSAN_LIFECYCLE,
  messages: FK_MESSAGES,
  // The transport version is the text version the certificate was written with.
  transport: { typeCodeSystem: KV_INTYGSTYP, versions: ['1.1', '1.0'] },
  activeFrom: '2021-02-11',
  textVersion: '1.1',
  elements: [
    category(t, 'KAT_1', [grundForMedicinsktUnderlag(t), kannedomOmPatienten(t), underlag(t, LUAE_FS_UNDERLAG_CODES)]),
    category(t, 'KAT_3', [diagnoser(t)]),
    category(t, 'KAT_4', [textQuestion(t, '15', { mandatory: true }), textQuestion(t, '16', { mandatory: true })]),
    category(t, 'KAT_5', [ovrigt(t, LUAE_FS_OVRIGT_LIMIT)]),
    category(t, 'KAT_6', [kontakt(t)]),
    {
      // The text set's help of this category is a placeholder ("TBD"), so the category shows none.
      id: TILLAGG_CATEGORY_ID,
      kind: 'category',
      label: t.get(`${TILLAGG_CATEGORY_ID}.RBK`),
      children: [tillaggsfraga(t, '9001'), tillaggsfraga(t, '9002')],
    },
    unitContactElement(),
  ],
};
