import type { SickLeaveDeclaration } from '@intyg/core';

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
