// Generated from texterTS_DIABETES_v4.0.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'FRM_1.RBK':
    'Transportstyrelsens läkarintyg diabetes ska användas vid diabetessjukdom. Föreskrivna krav på läkarens specialistkompetens vid diabetessjukdom framgår av 17 kap. i Transportstyrelsens föreskrifter (TSFS 2010:125) och allmänna råd om medicinska krav för innehav av körkort m.m.',
  'FRM_2.RBK':
    'Transportstyrelsens läkarintyg diabetes ska användas vid diabetessjukdom. Föreskrivna krav om diabetes framgår av 6 kap. i Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m. Föreskrivna krav på läkarens specialistkompetens vid diabetessjukdom framgår av 17 kap. samma föreskrifter.\n\nObservera att Transportstyrelsens föreskrifter och  kompletterande upplysningar till föreskrifternas avsnitt om diabetes kan hämtas på\nVägtrafik - transportstyrelsen.se\n\nHar du frågor? Kontakta körkortsenheten på Transportstyrelsen, telefon 0771-81 81 81.',
  'KAT_1.RBK': 'Intyget avser',
  'FRG_1.RBK': 'Intyget avser följande behörigheter',
  'FRG_1.HLP':
    'Fyll i de behörigheter patienten har och de behörigheter patienten söker.\nAM - moped klass I\nA1 - lätt motorcykel\nA2 - mellanstor motorcykel\nA - motorcykel\nB - personbil, lätt lastbil och enbart ett lätt släpfordon\nBE - personbil, lätt lastbil och ett eller flera släpfordon (Släpens totalvikt får inte överstiga 3,5 ton.)\nC1 - medeltung lastbil och enbart ett lätt släpfordon\nC1E - medeltung lastbil och ett eller flera släpfordon oavsett vikt\nC - tung lastbil och enbart ett lätt släpfordon\nCE - tung lastbil och ett eller flera släpfordon oavsett vikt\nD1 - mellanstor buss och enbart ett lätt släpfordon\nD1E - mellanstor buss och ett eller flera släpfordon oavsett vikt\nD - buss och enbart ett lätt släpfordon\nDE - buss och ett eller flera släpfordon oavsett vikt\nTaxi - taxiförarlegitimation',
  'KAT_2.RBK': 'Identitet',
  'FRG_2.RBK': 'Identitet styrkt genom',
  'FRG_2.HLP':
    'ID-kort\nAvser SIS-märkt ID-kort, svenskt nationellt ID-kort eller ID-kort utfärdat av Skatteverket.\n\nFöretagskort eller tjänstekort\nAvser SIS-märkt företagskort eller tjänstekort.\n\nFörsäkran enligt 18 kap 4 §\nSe Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m.\n\nPass\nEU-pass och pass utfärdat av Färöarna, Förenade kungariket, Island, Liechtenstein, Norge eller Schweiz.',
  'KV_ID_KONTROLL.IDK1.RBK': 'ID-kort',
  'KV_ID_KONTROLL.IDK2.RBK': 'Företagskort eller tjänstekort',
  'KV_ID_KONTROLL.IDK3.RBK': 'Svenskt körkort',
  'KV_ID_KONTROLL.IDK4.RBK': 'Personlig kännedom',
  'KV_ID_KONTROLL.IDK5.RBK': 'Försäkran enligt 18 kap 4 §',
  'KV_ID_KONTROLL.IDK6.RBK': 'Pass',
  'KAT_3.RBK': 'Allmänt',
  'FRG_205.RBK': 'Patienten följs avseende sin diabetessjukdom regelbundet av:',
  'FRG_205.HLP':
    'Primärvård\n\nLäkarintyget ska utfärdas av specialistkompetent läkare med god kännedom om patientens sjukdom.\n\nSpecialistvård\n\nOm patienten behandlas inom specialistvården ska intyget utfärdas av läkare med specialistkompetens i internmedicin, endokrinologi och diabetologi eller barn- och ungdomsmedicin.',
  'KV_VARDNIVA_VN1.RBK': 'Primärvård',
  'KV_VARDNIVA_VN2.RBK': 'Specialistvård',
  'FRG_35.RBK': 'Vilket år ställdes diagnosen diabetes?',
  'FRG_18.RBK': 'Vilken typ av diabetes har patienten?',
  'FRG_207.RBK': 'Har patienten medicinering för sin diabetes?',
  'FRG_208.RBK': 'Har patienten medicinering som medför risk för hypoglykemi?',
  'SVAR_TYP1.RBK': 'Typ 1',
  'SVAR_TYP2.RBK': 'Typ 2',
  'SVAR_LADA.RBK': 'LADA',
  'SVAR_ANNAN.RBK': 'Annan',
  'DFR_18.2.RBK': 'Ange vilken',
  'FRG_209.RBK': 'Ange vilken behandling patienten har:',
  'DFR_209.1.RBK': 'Insulin',
  'DFR_209.2.RBK': 'Tabletter',
  'DFR_209.3.RBK': 'Annan',
  'DFR_209.4.RBK': 'Ange vilken',
  'FRG_210.RBK': 'Ange när patienten började medicineringen som medför risk för hypoglykemi',
  'SVAR_JA.RBK': 'Ja',
  'SVAR_NEJ.RBK': 'Nej',
  'KAT_4.RBK': 'Hypoglykemi',
  'FRG_200.RBK':
    'Har patienten tillräcklig kontroll över sitt sjukdomstillstånd med avseende på risken för hypoglykemi?',
  'FRG_200.HLP':
    'Med att ha tillräcklig kontroll över sitt medicinska tillstånd avses att behandlingen är välinställd och att personen har kontroll över sin sjukdom sett till helheten. Det kan till exempel handla om behandlingsföljsamhet, att ha kontroll över sin medicinering, hantering av blodsockermätare etc. Allvarlig hypoglykemi som inträffar i trafiken tyder på att personen inte har tillräcklig kontroll över sitt medicinska tillstånd.',
  'DFR_200.2.RBK': 'Varför?',
  'FRG_201.RBK':
    'Förstår patienten riskerna med hypoglykemi och vilka konsekvenser det kan ha för förmågan att köra körkortspliktiga fordon?',
  'FRG_201.HLP':
    'Risker med hypoglykemi kan vara längre reaktionstid, oförmåga att fatta adekvata beslut i en trafiksituation eller att drabbas av allvarlig hypoglykemi som kan leda till medvetslöshet',
  'FRG_110.RBK': 'Har patienten förmåga att känna varningstecken (awareness) på hypoglykemi?',
  'FRG_110.HLP':
    'Om personen aldrig har haft någon hypoglykemi ska förmågan att känna varningstecken bedömas utifrån de medicinska förhållandena i övrigt.',
  'FRG_202.RBK': 'Kan och har patienten möjlighet att vidta adekvata åtgärder vid tecken på hypoglykemi?',
  'FRG_202.HLP':
    'Med att kunna hantera tillståndet adekvat avses att:\n- kontrollera blodsockret om varningstecken på hypoglykemi uppstår eller om en mätare indikerar hypoglykemi eller risk för hypoglykemi,\n- äta eller dricka något om blodsockernivån motsvarar hypoglykemi samt vänta en stund och sedan kontrollera blodsockernivån igen,\n- stanna fordonet om varningstecken på hypoglykemi skulle uppstå under körning och vänta med att fortsätta köra tills blodsockernivån inte längre indikerar hypoglykemi och symptomen har försvunnit.',
  'FRG_106.RBK': 'Har patienten haft återkommande allvarlig hypoglykemi under de senaste tolv månaderna?',
  'FRG_106.HLP':
    'Med återkommande allvarlig hypoglykemi avses allvarlig hypoglykemi som upprepas inom en period om tolv månader.',
  'DFR_106.2.RBK': 'När inträffade den senaste allvarliga hypoglykemin?',
  'DFR_106.3.RBK': 'Kontrolleras diabetessjukdomen regelbundet?',
  'DFR_106.5.RBK': 'Utgör tillståndet någon trafiksäkerhetsrisk?',
  'FRG_107.RBK':
    'Har patienten haft återkommande allvarlig hypoglykemi i vaket tillstånd under den senaste tolvmånadersperioden?',
  'DFR_107.3.RBK': 'Har i så fall den senaste allvarliga hypoglykemin inträffat under de senaste tre månaderna?',
  'DFR_107.5.RBK': 'När inträffade det senast?',
  'FRG_203.RBK': 'Har patienten haft allvarlig hypoglykemi under de senaste tolv månaderna?',
  'DFR_203.2.RBK': 'När inträffade det senast?',
  'FRG_204.RBK':
    'Genomför patienten regelbundna blodsockerkontroller minst två gånger om dagen och i samband med körning?',
  'FRG_204.HLP':
    'Personen bör kontrollera blodsockret med den metod som han eller hon är väl förtrogen med och använder i det dagliga livet. Det kan till exempel vara genom en blodsockermätare eller en sensorbaserad kontinuerlig glukosmätare.\n\nBegreppet i samband med körning avser kontroll av blodsockervärdena innan körningen påbörjas. Vid en längre resa eller vid upprepad körning under ett arbetspass bör kontroll dessutom genomföras med två-tre timmars mellanrum under en paus i körningen.',
  'KAT_6.RBK': 'Övrigt',
  'FRG_206.RBK':
    'Föreligger det några komplikationer till följd av sjukdomen som var för sig eller tillsammans kan påverka patientens förmåga att framföra ett körkortspliktigt fordon på ett trafiksäkert sätt?',
  'DFR_206.2.RBK': 'Ange vilka komplikationer',
  'DFR_206.2.HLP':
    'Komplikationer som är särskilt viktiga att beakta och som kan påverka personens förmåga att framföra fordon på ett trafiksäkert sätt är bland annat påverkad synskärpa och synfält (kap. 2), komplikationer på hjärt- och kärlsystemet (kap. 5). Det kan också vara en påverkan på förmågan att uppfatta sin omgivning och fatta korrekta beslut (kap. 10). Tänk på att komplikationer tillsammans kan påverka förmågan att köra, även om de var för sig inte gör det. Ta hjälp av övriga kapitel i Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m. för att bedöma eventuell påverkan på körförmågan.',
  'FRG_34.RBK': 'Patienten bör före ärendets avgörande undersökas av läkare med specialistkompetens i:',
  'KAT_7.RBK': 'Bedömning',
  'FRG_33.RBK':
    'Patienten uppfyller kraven enligt 6 kap. i Transportstyrelsens föreskrifter och allmänna råd (TSFS 2010:125) om medicinska krav för innehav av körkort m.m. Föreskrivna krav på läkarens specialistkompetens vid diabetessjukdom anges i 17 kap. Se Vägtrafik - transportstyrelsen.se',
  'FRG_33.HLP':
    'AM - moped klass I\nA1 - lätt motorcykel\nA2 - mellanstor motorcykel\nA - motorcykel\nB - personbil, lätt lastbil och enbart ett lätt släpfordon\nBE - personbil, lätt lastbil och ett eller flera släpfordon (Släpens totalvikt får inte överstiga 3,5 ton.)\nC1 - medeltung lastbil och enbart ett lätt släpfordon\nC1E - medeltung lastbil och ett eller flera släpfordon oavsett vikt\nC - tung lastbil och enbart ett lätt släpfordon\nCE - tung lastbil och ett eller flera släpfordon oavsett vikt\nD1 - mellanstor buss och enbart ett lätt släpfordon\nD1E - mellanstor buss och ett eller flera släpfordon oavsett vikt\nD - buss och enbart ett lätt släpfordon\nDE - buss och ett eller flera släpfordon oavsett vikt\nTaxi - taxiförarlegitimation',
  'FRG_32.RBK': 'Övriga upplysningar och kommentarer',
  'KV_KORKORTSBEHORIGHET.VAR12.RBK': 'AM',
  'KV_KORKORTSBEHORIGHET.VAR13.RBK': 'A1',
  'KV_KORKORTSBEHORIGHET.VAR14.RBK': 'A2',
  'KV_KORKORTSBEHORIGHET.VAR15.RBK': 'A',
  'KV_KORKORTSBEHORIGHET.VAR16.RBK': 'B',
  'KV_KORKORTSBEHORIGHET.VAR17.RBK': 'BE',
  'KV_KORKORTSBEHORIGHET.VAR18.RBK': 'Traktor',
  'KV_KORKORTSBEHORIGHET.VAR1.RBK': 'C1',
  'KV_KORKORTSBEHORIGHET.VAR2.RBK': 'C1E',
  'KV_KORKORTSBEHORIGHET.VAR3.RBK': 'C',
  'KV_KORKORTSBEHORIGHET.VAR4.RBK': 'CE',
  'KV_KORKORTSBEHORIGHET.VAR5.RBK': 'D1',
  'KV_KORKORTSBEHORIGHET.VAR6.RBK': 'D1E',
  'KV_KORKORTSBEHORIGHET.VAR7.RBK': 'D',
  'KV_KORKORTSBEHORIGHET.VAR8.RBK': 'DE',
  'KV_KORKORTSBEHORIGHET.VAR9.RBK': 'Taxi',
  'KV_KORKORTSBEHORIGHET.VAR11.RBK': 'Kan inte ta ställning',
};
