import { STATEMENT_COMPLEMENTS, STATEMENT_NEEDS, STATEMENT_RECIPIENT } from './fk-statement.js';
import { FK_COMPLEMENTS_HEADING, q, text, type Guide } from './guide.js';

const OVER_TIME = q('22', 'Förutsättningar för arbete över tid', 'Prerequisites for work over time');

/** Läkarutlåtande för sjukersättning (FK 7800). */
export const guide: Guide = {
  type: 'luse',
  purpose: [
    text(
      'Utlåtandet beskriver patientens sjukdom och dess konsekvenser när patienten ansöker om sjukersättning hos Försäkringskassan. Sjukersättning gäller när arbetsförmågan är varaktigt nedsatt, så Försäkringskassan behöver en bild av sjukdomen, vad den hindrar och hur förutsättningarna för arbete kan utvecklas över tid.',
      'The statement describes the patient’s illness and its consequences when the patient applies for sickness compensation (sjukersättning) from Försäkringskassan. Sickness compensation concerns a lasting reduction of work capacity, so Försäkringskassan needs a picture of the illness, what it prevents and how the prerequisites for work may develop over time.',
    ),
  ],
  recipient: STATEMENT_RECIPIENT,
  needs: [
    ...STATEMENT_NEEDS,
    {
      text: text(
        'Hur patientens medicinska förutsättningar för arbete kan utvecklas över tid, om det finns medicinska skäl till särskilda arbetstider, och vad patienten kan göra trots sjukdomen – det hjälper Försäkringskassan även att samordna rehabilitering.',
        'How the patient’s medical prerequisites for work may develop over time, whether there are medical reasons for special working hours, and what the patient can do despite the illness – which also helps Försäkringskassan coordinate rehabilitation.',
      ),
      questions: [OVER_TIME, q('23', 'Vad patienten kan göra', 'What the patient can do')],
    },
  ],
  complements: {
    heading: FK_COMPLEMENTS_HEADING,
    points: [
      ...STATEMENT_COMPLEMENTS,
      {
        text: text(
          'Det framgår inte hur förutsättningarna för arbete kan utvecklas över tid.',
          'It is not clear how the prerequisites for work may develop over time.',
        ),
        questions: [OVER_TIME],
      },
    ],
  },
};
