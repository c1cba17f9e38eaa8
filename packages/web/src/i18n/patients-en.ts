import type { patientsSv } from './patients-sv.js';

/** English texts of the patient search and the patient page; same keys as patients-sv.ts. */
export const patientsEn: Record<keyof typeof patientsSv, string> = {
  'personId.hint': 'Ten or twelve digits, with or without the dash, e.g. 19121212-1212.',
  'personId.problem.format': 'Write the number with ten or twelve digits, e.g. 19121212-1212 or 121212-1212.',
  'personId.problem.date':
    'The date in the number does not exist. In a coordination number the day is increased by 60 (e.g. 63 for the 3rd).',
  'personId.problem.serial': 'No such number: the digits before the check digit cannot be 000.',
  'personId.problem.checksum': 'The check digit does not match. Check that the number is written correctly.',
  'personId.valid': 'Valid personal identity number: {number}',
  'personId.validCoordination': 'Valid coordination number: {number}',

  'patientSearch.title': 'Find patient',
  'patientSearch.label': 'Personal identity or coordination number',
  'patientSearch.submit': 'Search',
  'patientSearch.searching': 'Searching…',
  'patientSearch.notFound': 'The person is not in the population register. Check the number.',
  'testPatients.title': 'Test patients',
  'testPatients.intro':
    'The population register in development mode has test persons only. Choose one to go to the patient.',

  'patientPage.title': 'Patient',
  'patientPage.back': 'Find another patient',
  'patientPage.personalNumber': 'Personal identity number',
  'patientPage.coordinationNumber': 'Coordination number',
  'patientPage.address': 'Address',
  'patientPage.flags': 'Note',
  'patientPage.protectedIdentity': 'Protected personal data.',
  'patientPage.deceased': 'Deceased.',
  'patientPage.testPerson': 'Test person.',
  'patientPage.note.protectedHidden':
    "The patient's identity is protected. Name and address are not shown to you, and only doctors and dentists may write and handle the patient's certificates.",
  'patientPage.note.protectedShown':
    "The patient's identity is protected. Name and address must not be disclosed; only doctors and dentists at the care unit handle the patient's certificates.",
  'patientPage.note.deceased':
    'The patient is deceased according to the population register. No new certificates can be written, and existing ones cannot be renewed or replaced.',
  'patientPage.note.testPerson': "The patient's certificates are never sent to any recipient.",
  'patientPage.create.title': 'Write a new certificate',
  'patientPage.create.noTypes': 'There are no certificate types to write just now.',
  'patientPage.create.guide': 'Guide',
  'patientPage.create.label': 'Create draft',
  'patientPage.create.button': 'Create draft: {name}',
  'patientPage.create.busy': 'Creating draft…',
  'patientPage.create.refused': 'Cannot be written for the patient:',
  'patientPage.create.refusedShort': 'Cannot be written for the patient.',
  'patientPage.create.refusedAll': 'You cannot write certificates for the patient:',
  'patientPage.certificates.title': "The patient's certificates at {unit}",
  'patientPage.rowAction': '{action} – {type} of {date}',
  'patientPage.rowRefused': 'No new draft was created.',
};
