import type { SendNote, SickLeaveDeclaration } from '@intyg/core';

/**
 * FK7804/LISJP (every version): periods in 32, diagnoses in 6; its certificates build the patient's
 * sick-leave case, and 37 is where the doctor motivates a sick leave longer than FMB recommends.
 */
export const FK7804_SICK_LEAVE: SickLeaveDeclaration = {
  periodsElementId: '32',
  diagnosesElementId: '6',
  partOfSickLeaveCase: true,
  fmbMotivationElementId: '37',
};

/**
 * AG7804 asks the same questions for the employer: its periods are the patient's, but its certificates do not
 * build sick-leave cases (Rehabstöd's `partOfSickLeaveChain(false)`) and Försäkringskassan never reads them,
 * so no FMB motivation is asked for.
 */
export const AG7804_SICK_LEAVE: SickLeaveDeclaration = {
  periodsElementId: '32',
  diagnosesElementId: '6',
  partOfSickLeaveCase: false,
};

/**
 * FK7804's send confirmation (FK7804CertificateSendContentProvider, domain.md §1.3.b): a sick leave shorter than
 * 15 days is normally not for Försäkringskassan, and the patient applies for sick pay themselves.
 */
export const FK7804_SEND_NOTES: readonly SendNote[] = [
  {
    text:
      'Om sjukperioden är kortare än 15 dagar ska intyget inte skickas till Försäkringskassan utom i vissa ' +
      'undantagsfall. Intyget ska skickas om patienten är',
    items: [
      'egenföretagare',
      'arbetssökande',
      'anställd men saknar rätt till sjuklön',
      'studerande med sjukpenninggrundande inkomst (tjänar mer än 10 700 kronor per år)',
      'föräldraledig med föräldrapenning',
      'gravid och har graviditetspenning',
    ],
    whenSickLeaveDaysBelow: 15,
  },
  { text: 'Upplys patienten om att även göra en ansökan om sjukpenning hos Försäkringskassan.' },
];
