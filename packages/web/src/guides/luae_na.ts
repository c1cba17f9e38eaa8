import { STATEMENT_COMPLEMENTS, STATEMENT_NEEDS, STATEMENT_RECIPIENT } from './fk-statement.js';
import { FK_COMPLEMENTS_HEADING, q, text, type Guide } from './guide.js';

const INTO_WORK = q('24', 'Vad som kan underlätta att komma ut i arbete', 'What could help towards work');

/** Läkarutlåtande för aktivitetsersättning vid nedsatt arbetsförmåga (FK 7801). */
export const guide: Guide = {
  type: 'luae_na',
  purpose: [
    text(
      'Utlåtandet beskriver patientens sjukdom och dess konsekvenser när en ung vuxen ansöker om aktivitetsersättning vid nedsatt arbetsförmåga hos Försäkringskassan. Försäkringskassan behöver en bild av sjukdomen, vad den hindrar, hur förutsättningarna för arbete kan utvecklas och vad som kan hjälpa patienten ut i arbete.',
      'The statement describes the patient’s illness and its consequences when a young adult applies for activity compensation for reduced work capacity (aktivitetsersättning) from Försäkringskassan. Försäkringskassan needs a picture of the illness, what it prevents, how the prerequisites for work may develop and what could help the patient into work.',
    ),
  ],
  recipient: STATEMENT_RECIPIENT,
  needs: [
    ...STATEMENT_NEEDS,
    {
      text: text(
        'Hur de medicinska förutsättningarna för arbete kan utvecklas över tid, vad patienten kan göra trots sjukdomen, och förslag på vad som kan underlätta att komma ut i arbete: arbetsförberedande insatser, fysisk eller social träning, utbildning, hjälpmedel.',
        'How the medical prerequisites for work may develop over time, what the patient can do despite the illness, and suggestions for what could help towards work: work preparation, physical or social training, education, assistive devices.',
      ),
      questions: [
        q('22', 'Förutsättningar för arbete över tid', 'Prerequisites for work over time'),
        q('23', 'Vad patienten kan göra', 'What the patient can do'),
        INTO_WORK,
      ],
    },
  ],
  complements: {
    heading: FK_COMPLEMENTS_HEADING,
    points: STATEMENT_COMPLEMENTS,
  },
};
