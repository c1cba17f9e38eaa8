import { q, text, type Guide } from './guide.js';
import { TS_ASSESSMENT, TS_IDENTITY, TS_RECIPIENT } from './transportstyrelsen.js';

const CONTROL = q('200', 'Kontroll över sjukdomen', 'Control of the disease');
const SEVERE_HYPO = q('106', 'Återkommande allvarlig hypoglykemi', 'Recurrent severe hypoglycaemia');
const COMPLICATIONS = q('206', 'Komplikationer', 'Complications');

/** Transportstyrelsens läkarintyg diabetes (TSTRK1031). */
export const guide: Guide = {
  type: 'ts-diabetes',
  purpose: [
    text(
      'Intyget gäller lämpligheten att ha körkort m.m. för en patient med diabetes. Transportstyrelsen kräver det till exempel när patienten har tablett- eller insulinbehandlad diabetes.',
      'The certificate concerns the fitness to hold a driving licence etc. of a patient with diabetes. Transportstyrelsen requires it, for example, when the diabetes is treated with tablets or insulin.',
    ),
    text(
      'Intyget ska utfärdas av en läkare med god kännedom om patientens sjukdom; följs patienten i specialistvården, av en läkare med specialistkompetens i internmedicin, endokrinologi och diabetologi eller barn- och ungdomsmedicin.',
      'The certificate is to be written by a doctor who knows the patient’s disease well; when the patient is followed in specialist care, by a specialist in internal medicine, endocrinology and diabetology, or paediatrics.',
    ),
  ],
  recipient: TS_RECIPIENT,
  needs: [
    {
      text: text(
        'Vilka behörigheter intyget avser – både de patienten har och de patienten söker – och hur identiteten styrktes.',
        'Which licence classes the certificate concerns – both those the patient holds and those applied for – and how identity was verified.',
      ),
      questions: [q('1', 'Intyget avser', 'Licence classes concerned'), TS_IDENTITY],
    },
    {
      text: text(
        'Sjukdomen: vem som följer patienten, diagnosår, typ av diabetes, och medicineringen – särskilt om den medför risk för hypoglykemi och sedan när.',
        'The disease: who follows the patient, year of diagnosis, type of diabetes, and the medication – in particular whether it carries a risk of hypoglycaemia, and since when.',
      ),
      questions: [
        q('205', 'Uppföljning', 'Follow-up'),
        q('18', 'Typ av diabetes', 'Type of diabetes'),
        q('207', 'Medicinering', 'Medication'),
      ],
    },
    {
      text: text(
        'Vid risk för hypoglykemi: om patienten har tillräcklig kontroll över sjukdomen, förstår riskerna i trafiken, känner varningstecken och kan vidta adekvata åtgärder, och om allvarlig hypoglykemi har inträffat under de senaste tolv månaderna och när.',
        'When there is a risk of hypoglycaemia: whether the patient has sufficient control of the disease, understands the risks in traffic, senses the warning signs and can act on them, and whether severe hypoglycaemia has occurred in the past twelve months, and when.',
      ),
      questions: [CONTROL, q('110', 'Varningstecken', 'Warning signs'), SEVERE_HYPO],
    },
    {
      text: text(
        'För högre behörigheter även allvarlig hypoglykemi under de senaste tolv månaderna och om blodsockret kontrolleras minst två gånger om dagen och i samband med körning.',
        'For higher licence classes also severe hypoglycaemia in the past twelve months and whether blood glucose is checked at least twice a day and in connection with driving.',
      ),
      questions: [
        q('203', 'Allvarlig hypoglykemi', 'Severe hypoglycaemia'),
        q('204', 'Blodsockerkontroller', 'Glucose checks'),
      ],
    },
    {
      text: text(
        'Komplikationer som var för sig eller tillsammans kan påverka förmågan att köra, till exempel på syn, hjärta och kärl eller förmågan att uppfatta omgivningen och fatta beslut.',
        'Complications that alone or together may affect the ability to drive, for example of sight, heart and vessels, or the ability to perceive the surroundings and make decisions.',
      ),
      questions: [COMPLICATIONS],
    },
    TS_ASSESSMENT,
  ],
  complements: {
    heading: text('Det som ofta behöver förtydligas', 'What often needs to be made clearer'),
    points: [
      {
        text: text(
          'Nej på frågan om tillräcklig kontroll utan att det framgår varför.',
          'No to the question about sufficient control without saying why.',
        ),
        questions: [CONTROL],
      },
      {
        text: text(
          'Allvarlig hypoglykemi utan datum för den senaste händelsen.',
          'Severe hypoglycaemia without the date of the latest episode.',
        ),
        questions: [SEVERE_HYPO],
      },
      {
        text: text(
          'Komplikationer nämns utan att det framgår vilka de är och hur de påverkar körförmågan.',
          'Complications are mentioned without saying which they are and how they affect driving.',
        ),
        questions: [COMPLICATIONS],
      },
    ],
  },
};
