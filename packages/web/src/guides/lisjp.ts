import { FK_COMPLEMENTS_HEADING, q, text, type Guide } from './guide.js';

const DIAGNOSIS = q('6', 'Diagnos', 'Diagnosis');
const IMPAIRMENT = q('35', 'Funktionsnedsättning', 'Functional impairment');
const LIMITATION = q('17', 'Aktivitetsbegränsning', 'Activity limitation');
const OCCUPATION = q('28', 'Sysselsättning', 'Occupation');
const TASKS = q('29', 'Yrke och arbetsuppgifter', 'Occupation and work tasks');
const PERIODS = q('32', 'Nedsättning av arbetsförmågan', 'Reduced work capacity');
const FMB_MOTIVATION = q('37', 'Motivering till längre tid än FMB anger', 'Why longer than FMB recommends');

/** Läkarintyg för sjukpenning (FK 7804). */
export const guide: Guide = {
  type: 'lisjp',
  purpose: [
    text(
      'Läkarintyget för sjukpenning är din bedömning av patientens arbetsförmåga när patienten ansöker om sjukpenning hos Försäkringskassan. Det ska visa att arbetsförmågan är nedsatt på grund av sjukdom, med hur mycket och hur länge.',
      'The certificate for sickness benefit is your assessment of the patient’s work capacity when the patient applies for sickness benefit (sjukpenning) from Försäkringskassan. It shows that work capacity is reduced because of illness, by how much and for how long.',
    ),
    text(
      'En anställd får sjuklön från arbetsgivaren de första 14 dagarna; därefter kan Försäkringskassan betala sjukpenning. Sjukpenning förutsätter att arbetsförmågan är nedsatt med minst en fjärdedel, därför bedömer du nedsättningen i fjärdedelar. Intyget används också när patienten har förhållningsregler enligt smittskyddslagen (smittbärarpenning).',
      'An employee gets sick pay from the employer for the first 14 days; after that, Försäkringskassan may pay sickness benefit. Sickness benefit requires work capacity to be reduced by at least a quarter, which is why you assess the reduction in quarters. The certificate is also used when the patient is under restrictions under the Communicable Diseases Act (smittbärarpenning).',
    ),
  ],
  recipient: [
    text(
      'Försäkringskassan. Intyget skickas elektroniskt när patienten samtycker till det; patienten ansöker själv om sjukpenning, och intyget är det medicinska underlaget för bedömningen.',
      'Försäkringskassan. The certificate is sent electronically when the patient agrees; the patient applies for the benefit, and the certificate is the medical basis for the decision.',
    ),
    text(
      'Räcker underlaget inte kan Försäkringskassan begära komplettering. Begäran kommer till intygets ärenden och pekar ut de frågor som behöver kompletteras; du svarar med ett nytt, kompletterat intyg.',
      'When the certificate does not give enough, Försäkringskassan may request a complement. The request arrives among the certificate’s messages and names the questions concerned; you answer with a new, complemented certificate.',
    ),
  ],
  needs: [
    {
      text: text(
        'Diagnosen eller diagnoserna som orsakar den nedsatta arbetsförmågan, den som påverkar mest först, med så många positioner som möjligt.',
        'The diagnosis or diagnoses that cause the reduced work capacity, the one with the greatest effect first, with as many positions of the code as possible.',
      ),
      questions: [DIAGNOSIS],
    },
    {
      text: text(
        'Funktionsnedsättningen: vilka funktioner sjukdomen påverkar och hur mycket, beskrivet med det du själv har sett – undersökningsfynd, testresultat, utredningssvar – och vad din bedömning grundar sig på.',
        'The functional impairment: which functions the illness affects and how much, described by what you have observed – examination findings, test results, investigations – and what your assessment is based on.',
      ),
      questions: [IMPAIRMENT],
    },
    {
      text: text(
        'Aktivitetsbegränsningen, konkret: vad patienten har svårt att göra på grund av sjukdomen, med exempel som hör till arbetsuppgifterna. Att vara sjuk ger inte i sig rätt till sjukpenning; det är kedjan diagnos – funktionsnedsättning – aktivitetsbegränsning som visar att arbetsförmågan är nedsatt.',
        'The activity limitation, concretely: what the patient has difficulty doing because of the illness, with examples from the work tasks. Being ill does not by itself give a right to sickness benefit; the chain diagnosis – impairment – activity limitation shows that work capacity is reduced.',
      ),
      questions: [LIMITATION],
    },
    {
      text: text(
        'Arbetsförmågan bedöms mot en sysselsättning. Gäller det nuvarande arbete, ange yrke och arbetsuppgifter så att begränsningarna kan ställas mot dem.',
        'Work capacity is assessed against an occupation. For the current job, state the occupation and work tasks so that the limitations can be weighed against them.',
      ),
      questions: [OCCUPATION, TASKS],
    },
    {
      text: text(
        'Nedsättningen (25, 50, 75 eller 100 procent) och perioderna, bedömda mot patientens normala arbetstid. Vid deltid: om en ojämn förläggning av arbetstiden skulle försämra möjligheterna att återgå i arbete.',
        'The reduction (25, 50, 75 or 100 per cent) and the periods, assessed against the patient’s normal working hours. For part-time sick leave: whether spreading the working hours unevenly would worsen the chances of returning to work.',
      ),
      questions: [PERIODS, q('33', 'Förläggning av arbetstiden', 'Distribution of working hours')],
    },
    {
      text: text(
        'När sjukskrivningen blir längre än Socialstyrelsens försäkringsmedicinska beslutsstöd (FMB) rekommenderar för diagnosen visar intyget en varning: motivera då varför arbetsförmågan bedöms nedsatt längre tid.',
        'When the sick leave is longer than the National Board of Health and Welfare’s decision support (FMB) recommends for the diagnosis, the certificate shows a warning: then explain why work capacity is judged reduced for longer.',
      ),
      questions: [FMB_MOTIVATION],
    },
    {
      text: text(
        'Prognosen för återgång i arbete och vad den grundar sig på, vad intyget baseras på och när, och behandlingar och åtgärder som kan påverka arbetsförmågan.',
        'The prognosis for returning to work and what it rests on, what the certificate is based on and when, and the treatments and measures that may affect work capacity.',
      ),
      questions: [
        q('39', 'Prognos', 'Prognosis'),
        q('1', 'Intyget är baserat på', 'Basis of the certificate'),
        q('19', 'Medicinsk behandling', 'Medical treatment'),
        q('44', 'Åtgärder', 'Measures'),
      ],
    },
  ],
  complements: {
    heading: FK_COMPLEMENTS_HEADING,
    points: [
      {
        text: text(
          'Aktivitetsbegränsningen är allmänt hållen (”klarar inte sitt arbete”) i stället för konkreta exempel kopplade till arbetsuppgifterna.',
          'The activity limitation is general (“cannot do the job”) rather than concrete examples tied to the work tasks.',
        ),
        questions: [LIMITATION, TASKS],
      },
      {
        text: text(
          'Funktionsnedsättningen saknar undersökningsfynd eller annat som visar vad bedömningen grundar sig på.',
          'The functional impairment lacks examination findings or anything else showing what the assessment rests on.',
        ),
        questions: [IMPAIRMENT],
      },
      {
        text: text(
          'Sambandet mellan diagnos, funktionsnedsättning och aktivitetsbegränsning framgår inte.',
          'The link between diagnosis, impairment and activity limitation is not clear.',
        ),
        questions: [DIAGNOSIS, IMPAIRMENT, LIMITATION],
      },
      {
        text: text(
          'Sjukskrivningen är längre än FMB rekommenderar, utan motivering.',
          'The sick leave is longer than FMB recommends, without an explanation.',
        ),
        questions: [FMB_MOTIVATION],
      },
      {
        text: text(
          'Omfattningen eller perioden stämmer inte med det som beskrivs om begränsningarna.',
          'The extent or the period does not match what is described about the limitations.',
        ),
        questions: [PERIODS],
      },
    ],
  },
};
