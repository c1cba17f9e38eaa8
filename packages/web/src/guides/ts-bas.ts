import { q, text, type Guide } from './guide.js';
import { TS_ASSESSMENT, TS_IDENTITY, TS_RECIPIENT } from './transportstyrelsen.js';

const VISUAL_FIELD = q('3', 'Synfältsdefekter', 'Visual field defects');
const ACUITY = q('8', 'Synskärpa', 'Visual acuity');
const DIABETES = q('17', 'Diabetes', 'Diabetes');

/** Transportstyrelsens läkarintyg högre körkortsbehörighet (TSTRK1007). */
export const guide: Guide = {
  type: 'ts-bas',
  purpose: [
    text(
      'Intyget används när högre körkortsbehörighet ska förlängas, vid ansökan om körkortstillstånd för grupp II och III och vid ansökan om taxiförarlegitimation; det kan också användas när Transportstyrelsen i andra fall har begärt ett läkarintyg (markera då Annat).',
      'The certificate is used when a higher driving licence is to be extended, when applying for a learner’s permit for groups II and III and when applying for a taxi driver licence; it can also be used when Transportstyrelsen has asked for a medical certificate in other cases (then tick Annat).',
    ),
    text(
      'Behörigheterna: C1 och C1E (medeltung lastbil), C och CE (tung lastbil), D1 och D1E (mellanstor buss), D och DE (buss) – E-behörigheterna med släpfordon oavsett vikt – och Taxi (taxiförarlegitimation). Grupp II omfattar AM–CE, grupp III även D1–DE.',
      'The licence classes: C1 and C1E (medium lorry), C and CE (heavy lorry), D1 and D1E (minibus), D and DE (bus) – the E classes with trailers of any weight – and Taxi (taxi driver licence). Group II covers AM–CE, group III also D1–DE.',
    ),
  ],
  recipient: TS_RECIPIENT,
  needs: [
    {
      text: text(
        'Vilka behörigheter intyget avser, och hur patientens identitet styrktes.',
        'Which licence classes the certificate concerns, and how the patient’s identity was verified.',
      ),
      questions: [q('1', 'Intyget avser', 'Licence classes concerned'), TS_IDENTITY],
    },
    {
      text: text(
        'Synfunktionerna: synfält enligt Donders konfrontationsmetod, seende vid nedsatt belysning, progressiv ögonsjukdom, dubbelseende, nystagmus och synskärpa med och utan korrektion (alla bokstäver på raden ska kunna läsas; under 0,1 anges 0,0).',
        'Vision: visual fields by Donders’ confrontation method, sight in poor light, progressive eye disease, double vision, nystagmus and visual acuity with and without correction (every letter on the line must be read; below 0.1 is entered as 0.0).',
      ),
      questions: [VISUAL_FIELD, ACUITY],
    },
    {
      text: text(
        'Hörsel och balans, rörlighet, och för buss och taxi även om patienten kan hjälpa passagerare och uppfatta samtalsstämma på fyra meters avstånd.',
        'Hearing and balance, mobility, and for buses and taxis also whether the patient can help passengers and hear a normal voice at four metres.',
      ),
      questions: [q('10', 'Hörsel och balans', 'Hearing and balance'), q('12', 'Rörlighet', 'Mobility')],
    },
    {
      text: text(
        'Sjukdomar som kan påverka trafiksäkerheten: hjärta och kärl, diabetes, neurologi, epilepsi och andra medvetandestörningar, njurar, kognition, sömn och vakenhet, alkohol, narkotika och läkemedel, psykisk sjukdom, neuropsykiatriska tillstånd, och sjukhusvård för något av detta.',
        'Illnesses that may affect road safety: heart and vessels, diabetes, neurology, epilepsy and other disturbances of consciousness, kidneys, cognition, sleep and wakefulness, alcohol, drugs and medicines, mental illness, neuropsychiatric conditions, and hospital care for any of these.',
      ),
      questions: [
        q('14', 'Hjärt- och kärlsjukdom', 'Cardiovascular disease'),
        DIABETES,
        q('21', 'Epilepsi', 'Epilepsy'),
        q('25.1', 'Alkohol, narkotika och läkemedel', 'Alcohol, drugs and medicines'),
      ],
    },
    TS_ASSESSMENT,
  ],
  complements: {
    heading: text(
      'Det som ofta behöver skickas in eller utredas vidare',
      'What often has to be sent in separately or investigated further',
    ),
    points: [
      {
        text: text(
          'Tecken på synfältsdefekter, nedsatt mörkerseende eller progressiv ögonsjukdom: då krävs läkarintyg av ögonspecialist.',
          'Signs of visual field defects, poor sight in low light or progressive eye disease: then a certificate from an eye specialist is needed.',
        ),
        questions: [VISUAL_FIELD],
      },
      {
        text: text(
          'Synskärpan skickas separat, eller korrektionsglasen är starkare än plus 8 dioptrier: underlaget om synskärpan respektive glasens styrka ska skickas in.',
          'The visual acuity is sent separately, or the glasses are stronger than plus 8 dioptres: the acuity report or the prescription must be sent in.',
        ),
        questions: [ACUITY, q('9', 'Korrektionsglasens styrka', 'Strength of the glasses')],
      },
      {
        text: text(
          'Tablett- eller insulinbehandlad diabetes: då krävs ett läkarintyg om sjukdomen (Läkarintyg diabetes).',
          'Diabetes treated with tablets or insulin: then a medical certificate about the disease is needed (the diabetes certificate).',
        ),
        questions: [DIABETES],
      },
      {
        text: text(
          'Provtagning för alkohol eller narkotika: resultatet redovisas separat.',
          'Testing for alcohol or drugs: the result is reported separately.',
        ),
        questions: [q('25.3', 'Provtagning', 'Testing')],
      },
    ],
  },
};
