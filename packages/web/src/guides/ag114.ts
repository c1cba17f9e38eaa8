import { q, text, type Guide } from './guide.js';

const HOW_REDUCED = q('5', 'Hur sjukdomen sätter ned arbetsförmågan', 'How the illness reduces work capacity');
const DIAGNOSIS_WISH = q('3', 'Diagnos till arbetsgivaren', 'Diagnosis to the employer');
const PERIOD = q('7.2', 'Period', 'Period');

/** Läkarintyg om arbetsförmåga – sjuklöneperioden (AG1-14). */
export const guide: Guide = {
  type: 'ag114',
  purpose: [
    text(
      'Intyget är din bedömning av arbetsförmågan under sjuklöneperioden, de 14 första dagarna i sjukfallet, när patienten har en anställning. Med det kan arbetstagaren styrka sin rätt till sjuklön och rätt att vara frånvarande från arbetet, och arbetsgivaren får underlag för rehabiliteringen.',
      'The certificate is your assessment of work capacity during the sick-pay period, the first 14 days of the sick leave, when the patient is employed. With it the employee shows the right to sick pay and to be absent from work, and the employer gets a basis for rehabilitation.',
    ),
    text(
      'Under sjuklöneperioden kan du bedöma nedsättningen steglöst i procent, inte bara i de fyra nivåer som gäller för sjukpenning. Bedöms patienten arbetsoförmögen i mer än 14 dagar används i stället Läkarintyg om arbetsförmåga – arbetsgivaren (AG7804).',
      'During the sick-pay period you may assess the reduction freely in per cent, not only in the four steps of sickness benefit. When the patient is judged unable to work for more than 14 days, the employer’s certificate AG7804 is used instead.',
    ),
  ],
  recipient: [
    text(
      'Patienten, som lämnar det till sin arbetsgivare. Intyget skickas inte elektroniskt; patienten skriver ut det och bestämmer om diagnosen ska uppges.',
      'The patient, who hands it to the employer. The certificate is not sent electronically; the patient prints it and decides whether the diagnosis is stated.',
    ),
  ],
  needs: [
    {
      text: text(
        'Arbetsförmågan bedöms utifrån det ordinarie arbetet: ange yrke och arbetsuppgifter.',
        'Work capacity is assessed against the usual job: state the occupation and work tasks.',
      ),
      questions: [q('1', 'Yrke och arbetsuppgifter', 'Occupation and work tasks')],
    },
    {
      text: text(
        'På vilket sätt sjukdomen sätter ned arbetsförmågan. Det ska anges oavsett om diagnosen anges, och är särskilt viktigt när patienten har valt att inte uppge diagnos.',
        'How the illness reduces work capacity. This is stated whether or not the diagnosis is, and matters most when the patient has chosen not to state it.',
      ),
      questions: [HOW_REDUCED, DIAGNOSIS_WISH],
    },
    {
      text: text(
        'Arbetsförmåga trots sjukdom: vilka uppgifter patienten kan utföra, vilka som av medicinska skäl inte bör utföras, om arbetsresor kan hjälpa och om patienten kan vara på arbetsplatsen, till exempel vid arbetsplatsträffar.',
        'Work capacity despite illness: which tasks the patient can do, which should not be done for medical reasons, whether travel to work would help, and whether the patient can be at the workplace, for example at staff meetings.',
      ),
      questions: [q('6', 'Arbetsförmåga trots sjukdom', 'Work capacity despite illness')],
    },
    {
      text: text(
        'Nedsättningen i procent och perioden den gäller.',
        'The reduction in per cent and the period it applies to.',
      ),
      questions: [q('7', 'Nedsättning i procent', 'Reduction in per cent'), PERIOD],
    },
  ],
  complements: {
    heading: text('Vanliga brister i intyget', 'Common gaps in the certificate'),
    points: [
      {
        text: text(
          'Diagnosen uppges inte och beskrivningen av hur arbetsförmågan är nedsatt räcker inte ensam.',
          'The diagnosis is not stated and the description of how work capacity is reduced is not enough on its own.',
        ),
        questions: [HOW_REDUCED],
      },
      {
        text: text(
          'Perioden är längre än 14 dagar – då ska AG7804 användas.',
          'The period is longer than 14 days – then AG7804 is the certificate to use.',
        ),
        questions: [PERIOD],
      },
    ],
  },
};
