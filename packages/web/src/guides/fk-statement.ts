/**
 * What Försäkringskassan's medical statements (läkarutlåtanden: FK 7800, 7801, 7802) share: the basis of the
 * statement, other investigations, the diagnosis and its background. Each type's guide adds its own points.
 */
import { q, text, type GuidePoint } from './guide.js';

export const INVESTIGATIONS = q('4', 'Utredningar och underlag', 'Investigations and reports');
export const IMPAIRMENTS = q('KAT_5', 'Funktionsnedsättningar', 'Functional impairments');
export const LIMITATIONS = q('17', 'Aktivitetsbegränsningar', 'Activity limitations');

export const STATEMENT_RECIPIENT = [
  text(
    'Försäkringskassan. Utlåtandet skickas elektroniskt när patienten samtycker till det och är det medicinska underlaget för Försäkringskassans beslut; patienten ansöker själv.',
    'Försäkringskassan. The statement is sent electronically when the patient agrees and is the medical basis for Försäkringskassan’s decision; the patient applies.',
  ),
  text(
    'Räcker underlaget inte kan Försäkringskassan begära komplettering. Begäran kommer till intygets ärenden och pekar ut frågorna; du svarar med ett nytt, kompletterat utlåtande.',
    'When it does not give enough, Försäkringskassan may request a complement. The request arrives among the certificate’s messages and names the questions; you answer with a new, complemented statement.',
  ),
];

export const BASIS: GuidePoint = {
  text: text(
    'Vad utlåtandet grundar sig på och när, hur länge du har känt patienten, och om det inte bygger på en undersökning av patienten: varför.',
    'What the statement is based on and when, how long you have known the patient, and if it is not based on an examination of the patient: why.',
  ),
  questions: [
    q('1', 'Utlåtandet är baserat på', 'Basis of the statement'),
    q('2', 'Känt patienten sedan', 'Known the patient since'),
  ],
};

export const OTHER_INVESTIGATIONS: GuidePoint = {
  text: text(
    'Andra utredningar och underlag: vilken sorts utredning, när den gjordes och från vilken vårdgivare Försäkringskassan kan hämta den.',
    'Other investigations and reports: what kind, when it was made and from which care provider Försäkringskassan can obtain it.',
  ),
  questions: [q('3', 'Andra utredningar', 'Other investigations'), INVESTIGATIONS],
};

export const DIAGNOSIS: GuidePoint = {
  text: text(
    'Diagnoserna, den som påverkar mest först, när och var de ställdes, om det finns skäl att revidera en tidigare diagnos, och kortfattat sjukdomsförloppet.',
    'The diagnoses, the one with the greatest effect first, when and where they were made, whether an earlier diagnosis should be revised, and the course of the illness in brief.',
  ),
  questions: [
    q('6', 'Diagnos', 'Diagnosis'),
    q('7', 'När och var diagnosen ställdes', 'When and where diagnosed'),
    q('45', 'Revidera diagnos', 'Revise diagnosis'),
    q('5', 'Bakgrund', 'Background'),
  ],
};

export const IMPAIRMENT_POINT: GuidePoint = {
  text: text(
    'Funktionsnedsättningarna i de områden som berörs (minst ett), med observerade avvikelser i status, röntgen- och laboratoriefynd och testresultat, och hur stor nedsättningen är (lätt, måttlig, stor, total).',
    'The functional impairments in the areas concerned (at least one), with observed deviations in status, X-ray and laboratory findings and test results, and how great the impairment is (mild, moderate, severe, total).',
  ),
  questions: [IMPAIRMENTS],
};

export const LIMITATION_POINT: GuidePoint = {
  text: text(
    'Aktivitetsbegränsningarna: vad patienten har svårt att göra på grund av funktionsnedsättningarna, med konkreta exempel, och om du själv har observerat dem eller har uppgiften från anamnes eller någon annan.',
    'The activity limitations: what the patient has difficulty doing because of the impairments, with concrete examples, and whether you observed them yourself or have them from the history or someone else.',
  ),
  questions: [LIMITATIONS],
};

export const TREATMENT: GuidePoint = {
  text: text(
    'Behandlingar: avslutade med period och resultat (även erbjudna men inte genomförda), pågående och planerade med syfte, tidplan och ansvarig vårdenhet.',
    'Treatments: finished ones with their period and result (also those offered but not carried out), ongoing and planned ones with purpose, timetable and responsible care unit.',
  ),
  questions: [q('18', 'Avslutade behandlingar', 'Finished treatments'), q('20', 'Planerade', 'Planned')],
};

/** What sickness and activity compensation statements (FK 7800, 7801) both need, before each type's own points. */
export const STATEMENT_NEEDS: readonly GuidePoint[] = [
  BASIS,
  OTHER_INVESTIGATIONS,
  DIAGNOSIS,
  IMPAIRMENT_POINT,
  LIMITATION_POINT,
  TREATMENT,
];

/** Earlier investigations named without what Försäkringskassan needs to obtain them. */
export const INVESTIGATION_GAP: GuidePoint = {
  text: text(
    'Tidigare utredningar nämns utan uppgift om när de gjordes eller var Försäkringskassan kan hämta dem.',
    'Earlier investigations are mentioned without when they were made or where Försäkringskassan can obtain them.',
  ),
  questions: [INVESTIGATIONS],
};

/** Shortcomings that lead to a request for complement in every statement. */
export const STATEMENT_COMPLEMENTS: readonly GuidePoint[] = [
  {
    text: text(
      'Funktionsnedsättningarna beskrivs utan fynd eller utan grad.',
      'The impairments are described without findings or without their degree.',
    ),
    questions: [IMPAIRMENTS],
  },
  {
    text: text(
      'Aktivitetsbegränsningarna saknar konkreta exempel, eller det framgår inte vad de bygger på.',
      'The activity limitations lack concrete examples, or it is not clear what they rest on.',
    ),
    questions: [LIMITATIONS],
  },
  INVESTIGATION_GAP,
];
