/**
 * ts-bas v6 (legacy `common/ts/ts-bas` v6, domain.md §1.9) with the labels of Transportstyrelsen's text set
 * 6.8 (`texts/texterTS_TSTRK_1007_v6.8.xml`). Kept so that a certificate written on version 6 keeps
 * validating and rendering by version 6; new drafts get 7.0 (newer activeFrom).
 *
 * Differs from v7 only in svar 8: no "synskärpa skickas separat" checkbox, and the acuity cells are
 * delsvar 8.1–8.8 (`ts_parent/codes/RespConstants.java`). The v6 module read text versions 6.7 and 6.8.
 */
import { KV_UTLATANDETYP } from '@intyg/core';
import { TRANSPORTSTYRELSEN_LIFECYCLE } from '../../common/type-lifecycles.js';
import type { CertificateModel } from '@intyg/core';
import { tsBasElements } from '../elements.js';
import { texts } from './texts/texts.js';

export const tsBasV6: CertificateModel = {
  type: 'ts-bas',
  version: '6.8',
  typeCode: 'TSTRK1007',
  formId: 'TSTRK1007',
  name: 'Transportstyrelsens läkarintyg högre körkortsbehörighet',
  description:
    'Läkarintyg - avseende högre körkortsbehörigheter eller taxiförarlegitimation - på begäran av Transportstyrelsen (version 6).',
  recipient: { id: 'TRANSP', name: 'Transportstyrelsen' },
  lifecycle: TRANSPORTSTYRELSEN_LIFECYCLE,
  transport: {
    typeCodeSystem: KV_UTLATANDETYP,
    typeDisplayName: 'Transportstyrelsens läkarintyg',
    versions: ['6.8', '6.7'],
  },
  activeFrom: '2016-04-01',
  textVersion: '6.8',
  elements: tsBasElements(texts, {
    skickasSeparat: false,
    visualAcuityCells: {
      'right.withoutCorrection': '8.1',
      'left.withoutCorrection': '8.2',
      'binocular.withoutCorrection': '8.3',
      'right.withCorrection': '8.4',
      'left.withCorrection': '8.5',
      'binocular.withCorrection': '8.6',
      'right.contactLens': '8.7',
      'left.contactLens': '8.8',
    },
  }),
};
