import { q, text, type Guide } from './guide.js';

const LIMITATION = q('17', 'Aktivitetsbegränsning', 'Activity limitation');
const TASKS = q('29', 'Yrke och arbetsuppgifter', 'Occupation and work tasks');
const DIAGNOSIS_WISH = q('100', 'Diagnos till arbetsgivaren', 'Diagnosis to the employer');
const CONTACT = q('103', 'Kontakt med arbetsgivaren', 'Contact with the employer');

/** Läkarintyg om arbetsförmåga – arbetsgivaren (AG7804). */
export const guide: Guide = {
  type: 'ag7804',
  purpose: [
    text(
      'Intyget är din bedömning av patientens arbetsförmåga för arbetsgivaren, när patienten har en anställning. Arbetsgivaren behöver det för sjuklönen och för att kunna anpassa arbetet och planera återgången.',
      'The certificate is your assessment of the patient’s work capacity for the employer, when the patient is employed. The employer needs it for sick pay and to adapt the work and plan the return.',
    ),
    text(
      'Frågorna är desamma som i läkarintyget för sjukpenning (FK 7804), så intyget kan skapas från ett signerat FK 7804 och få dess svar.',
      'The questions are those of the certificate for sickness benefit (FK 7804), so the certificate can be created from a signed FK 7804 and take over its answers.',
    ),
  ],
  recipient: [
    text(
      'Patienten, som lämnar det till sin arbetsgivare. Intyget skickas inte elektroniskt: patienten skriver ut det och bestämmer om diagnosen ska synas. Inga frågor eller kompletteringar kommer tillbaka elektroniskt.',
      'The patient, who hands it to the employer. The certificate is not sent electronically: the patient prints it and decides whether the diagnosis is shown. No questions or requests for complement come back electronically.',
    ),
  ],
  needs: [
    {
      text: text(
        'Om patienten vill förmedla diagnosen till arbetsgivaren. Diagnosen kan underlätta en anpassning av arbetssituationen, men patienten bestämmer; vid förhållningsregler enligt smittskyddslagen kan diagnosen inte döljas.',
        'Whether the patient wants the diagnosis passed on to the employer. It can help adapt the work, but the patient decides; under restrictions of the Communicable Diseases Act the diagnosis cannot be hidden.',
      ),
      questions: [DIAGNOSIS_WISH, q('6', 'Diagnos', 'Diagnosis')],
    },
    {
      text: text(
        'Konkret vad patienten inte kan göra på grund av sjukdomen, i förhållande till arbetsuppgifterna – det är det arbetsgivaren utgår från när arbetet ska anpassas.',
        'Concretely what the patient cannot do because of the illness, in relation to the work tasks – this is what the employer starts from when adapting the work.',
      ),
      questions: [LIMITATION, TASKS],
    },
    {
      text: text(
        'Nedsättningen och perioderna, bedömda mot patientens normala arbetstid, och vid deltid om en ojämn förläggning av arbetstiden skulle försämra återgången.',
        'The reduction and the periods, assessed against the patient’s normal working hours, and for part-time sick leave whether spreading the hours unevenly would hinder the return.',
      ),
      questions: [
        q('32', 'Nedsättning av arbetsförmågan', 'Reduced work capacity'),
        q('33', 'Förläggning av arbetstiden', 'Distribution of working hours'),
      ],
    },
    {
      text: text(
        'Åtgärder som kan främja återgången i arbete, till exempel anpassade arbetsuppgifter eller arbetstider, och transport till och från arbetsplatsen.',
        'Measures that can help the return to work, for example adapted tasks or working hours, and transport to and from the workplace.',
      ),
      questions: [q('44', 'Åtgärder', 'Measures'), q('34', 'Transport', 'Transport')],
    },
    {
      text: text(
        'Om du vill att arbetsgivaren kontaktar vårdenheten: varför och vem som ska kontaktas. Patienten ska ha samtyckt till kontakten.',
        'If you want the employer to contact the care unit: why, and whom to contact. The patient must have agreed to the contact.',
      ),
      questions: [CONTACT],
    },
  ],
  complements: {
    heading: text('Vanliga brister i intyget', 'Common gaps in the certificate'),
    points: [
      {
        text: text(
          'Begränsningarna är för allmänt beskrivna för att arbetsgivaren ska kunna anpassa arbetet.',
          'The limitations are described too generally for the employer to adapt the work.',
        ),
        questions: [LIMITATION],
      },
      {
        text: text(
          'Patientens val om diagnosen följs inte upp med en beskrivning som räcker utan diagnos.',
          'When the patient chooses not to show the diagnosis, the rest of the certificate does not suffice without it.',
        ),
        questions: [DIAGNOSIS_WISH, LIMITATION],
      },
      {
        text: text(
          'Kontakt önskas men det framgår inte varför eller med vem.',
          'Contact is wanted but not why or with whom.',
        ),
        questions: [CONTACT],
      },
    ],
  },
};
