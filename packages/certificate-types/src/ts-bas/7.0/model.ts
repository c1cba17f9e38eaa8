/**
 * ts-bas v7 (legacy `common/ts/ts-bas` v7, domain.md §1.9) with the labels of Transportstyrelsen's text set
 * 7.0 (`texts/texterTS_TSTRK_1007_v7.0.xml`). The version new drafts get.
 *
 * Transport: RIV-TA RegisterCertificate v3 with `typ` TSTRK1007 in KV_UTLATANDETYP (Transportstyrelsen
 * kept that code system for its legacy types, `TsBasEntryPoint`/`UtlatandeToIntyg`), version "7.0", as in
 * reference/samples/ts-bas__1.7.xml.
 */
import { KV_UTLATANDETYP } from '@intyg/core';
import { TRANSPORTSTYRELSEN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel } from '@intyg/core';
import { tsBasElements } from '../elements.js';
import { texts } from './texts/texts.js';

export const tsBasV7: CertificateModel = {
  type: 'ts-bas',
  version: '7.0',
  typeCode: 'TSTRK1007',
  formId: 'TSTRK1007',
  name: 'Transportstyrelsens läkarintyg högre körkortsbehörighet',
  description:
    'Läkarintyg - avseende högre körkortsbehörigheter eller taxiförarlegitimation - på begäran av Transportstyrelsen',
  recipient: { id: 'TRANSP', name: 'Transportstyrelsen' },
  lifecycle: TRANSPORTSTYRELSEN_LIFECYCLE,
  transport: { typeCodeSystem: KV_UTLATANDETYP, typeDisplayName: 'Transportstyrelsens läkarintyg', versions: ['7.0'] },
  // The published v7.0 text set's giltigFrom (sklintyg/refdata); the copy we hold says 2016-04-01, as v6.8.
  activeFrom: '2020-08-01',
  textVersion: '7.0',
  elements: tsBasElements(texts, {
    skickasSeparat: true,
    visualAcuityCells: {
      'right.withoutCorrection': '8.2',
      'left.withoutCorrection': '8.3',
      'binocular.withoutCorrection': '8.4',
      'right.withCorrection': '8.5',
      'left.withCorrection': '8.6',
      'binocular.withCorrection': '8.7',
      'right.contactLens': '8.8',
      'left.contactLens': '8.9',
    },
  }),
};
