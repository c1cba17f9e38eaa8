import { BASIS, INVESTIGATION_GAP, OTHER_INVESTIGATIONS, STATEMENT_RECIPIENT } from './fk-statement.js';
import { FK_COMPLEMENTS_HEADING, q, text, type Guide } from './guide.js';

const COURSE = q('15', 'Funktionsnedsättningens debut och förlopp', 'Onset and course of the impairment');
const SCHOOLING = q('16', 'Påverkan på skolgången', 'Effect on schooling');

/** Läkarutlåtande för aktivitetsersättning vid förlängd skolgång (FK 7802). */
export const guide: Guide = {
  type: 'luae_fs',
  purpose: [
    text(
      'Utlåtandet beskriver patientens funktionsnedsättning när en ung person ansöker om aktivitetsersättning vid förlängd skolgång hos Försäkringskassan, för att funktionsnedsättningen gör att skolgången tar längre tid. Försäkringskassan behöver se att det är funktionsnedsättningen som påverkar skolgången, och hur.',
      'The statement describes the patient’s functional impairment when a young person applies for activity compensation for extended schooling (aktivitetsersättning vid förlängd skolgång) from Försäkringskassan, because the impairment makes schooling take longer. Försäkringskassan needs to see that it is the impairment that affects the schooling, and how.',
    ),
  ],
  recipient: STATEMENT_RECIPIENT,
  needs: [
    BASIS,
    OTHER_INVESTIGATIONS,
    {
      text: text(
        'Diagnoserna för den sjukdom som orsakar eller har orsakat funktionsnedsättningen.',
        'The diagnoses of the illness that causes or has caused the impairment.',
      ),
      questions: [q('6', 'Diagnos', 'Diagnosis')],
    },
    {
      text: text(
        'När och hur funktionsnedsättningen debuterade, hur den har utvecklats och hur den visar sig nu.',
        'When and how the impairment began, how it has developed and how it shows now.',
      ),
      questions: [COURSE],
    },
    {
      text: text(
        'På vilket sätt funktionsnedsättningen påverkar eller har påverkat förmågan att klara skolgången, med konkreta exempel.',
        'How the impairment affects or has affected the ability to manage schooling, with concrete examples.',
      ),
      questions: [SCHOOLING],
    },
  ],
  complements: {
    heading: FK_COMPLEMENTS_HEADING,
    points: [
      {
        text: text(
          'Det framgår inte hur funktionsnedsättningen påverkar skolgången, bara att den finns.',
          'It is not clear how the impairment affects schooling, only that it exists.',
        ),
        questions: [SCHOOLING],
      },
      {
        text: text(
          'Förloppet saknas: när funktionsnedsättningen debuterade och hur den har utvecklats.',
          'The course is missing: when the impairment began and how it has developed.',
        ),
        questions: [COURSE],
      },
      INVESTIGATION_GAP,
    ],
  },
};
