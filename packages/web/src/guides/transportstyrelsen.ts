/** What Transportstyrelsen's two certificates (TSTRK1007, TSTRK1031) share in their guides. */
import { q, text, type GuidePoint } from './guide.js';

export const TS_IDENTITY = q('2', 'Identitet', 'Identity');

export const TS_RECIPIENT = [
  text(
    'Transportstyrelsen, som intyget skickas till elektroniskt när patienten samtycker. Transportstyrelsen prövar om patienten uppfyller de medicinska kraven för behörigheterna enligt föreskrifterna om medicinska krav för innehav av körkort m.m. (TSFS 2010:125); ditt intyg är underlaget.',
    'Transportstyrelsen (the Swedish Transport Agency), to which the certificate is sent electronically when the patient agrees. Transportstyrelsen decides whether the patient meets the medical requirements for the licence classes under its regulations on medical requirements for holding a driving licence (TSFS 2010:125); your certificate is the basis.',
  ),
];

export const TS_ASSESSMENT: GuidePoint = {
  text: text(
    'Din bedömning: för vilka behörigheter patienten uppfyller kraven, eller att du inte kan ta ställning, och om patienten bör undersökas av en specialist innan ärendet avgörs.',
    'Your assessment: for which licence classes the patient meets the requirements, or that you cannot take a position, and whether a specialist should examine the patient before the case is decided.',
  ),
  questions: [q('33', 'Bedömning', 'Assessment'), q('34', 'Specialistundersökning', 'Specialist examination')],
};
