// Generated from texterMU_AG114_v1.0.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'FRM_1.RBK':
    'Intyget kan användas av läkare och tandläkare. Nedan i intyget används endast ordet ”läkare” som begrepp för bägge professionerna.\n\nRätt att utfärda läkarintyg kan inte delegeras till annan profession, som till exempel sjuksköterska.\n\nIntyget är ett beslutsunderlag för arbetsgivaren vid bedömning av om arbetstagaren har rätt till sjuklön under sjuklöneperioden. Med intyget styrker arbetstagaren även sin rätt att vara frånvarande från arbetet, samt vilka arbetsuppgifter hen inte bör utföra. Intyget kan även ge vägledning om det är möjligt att anpassa arbetsuppgifter för att på så vi möjliggöra arbete till viss del. Informationen kan även betydelse för arbetsgivaren i det proaktiva rehabiliteringsarbetet.\n\nIntyget ska ge följande information:\n• På vilket sätt sjukdomen sätter ned arbetsförmågan och om kvarvarande arbetsförmåga finns.\n• Om tillfällig anpassning av ordinarie arbetsuppgifter eller arbetstid kan medföra arbetsförmåga.\n\nIntyget kan även användas vid så kallat förstadagsintyg.\n\nIntyget ska endast användas till och med dag 14 i sjuklöneperioden. Om sjukfallet bedöms passera dag 14 ska istället Försäkringskassans Läkarintyg för sjukpenning (FK7804) utfärdas.\n\nSjuklöneperioden börjar den dag då arbetstagaren har gjort en sjukanmälan till arbetsgivaren och avhåller sig från arbete vid nedsatt arbetsförmågan på grund av sjukdom.\n\nFrån och med dag 15 i sjukperioden beslutar Försäkringskassan om arbetstagaren har rätt till sjukpenning. Då ska Försäkringskassans intyg (FK7804) användas.',
  'KAT_1.RBK': 'Sysselsättning',
  'FRG_1.RBK': 'I relation till vilken sysselsättning bedömer du arbetsförmågan?',
  'DFR_1.3.RBK': 'Ange vad annat är:',
  'FRG_2.RBK': 'Ange yrke och arbetsuppgifter',
  'FRG_2.HLP': 'Ange ordinarie arbete och huvudsakliga arbetsuppgifter.',
  'KV_FKMU_0001.UNDERSOKNING.RBK': 'Min undersökning av patienten',
  'KV_FKMU_0001.JOURNALUPPGIFTER.RBK': 'Journaluppgifter från den',
  'KV_FKMU_0001.ANHORIG.RBK': 'Anhörigs beskrivning av patienten',
  'KV_FKMU_0001.ANNAT.RBK': 'Annat',
  'KAT_2.RBK': 'Diagnos',
  'FRG_3.RBK': 'Önskar patienten uppge information om diagnoser till sin arbetsgivare?',
  'FRG_3.HLP':
    'Enligt sjuklönelagen behöver intyget inte innehålla närmare uppgift om vilken sjukdom patienten lider av.\nOm patienten väljer att delge sin arbetsgivare information om diagnoser anges vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först.\nDiagnoskoden anges alltid med så många positioner som möjligt. Om patienten har fler än tre sjukdomar som påverkar arbetsförmågan anges dessa under "övriga upplysningar".',
  'FRG_4.RBK': 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  'DFR_4.1.RBK': 'Diagnoskod enligt ICD-10 SE',
  'KAT_3.RBK': 'Arbetsförmåga',
  'FRG_5.RBK': 'På vilket sätt medför sjukdomen nedsatt arbetsförmåga?',
  'FRG_5.HLP':
    'Uppgift om på vilket sätt arbetsförmågan är nedsatt ska anges oavsett om diagnos har angetts eller inte, detta för att arbetstagaren ska kunna styrka sin rätt till sjuklön och rätt att vara frånvarande från arbetet.\nInformationen har även betydelse för arbetsgivaren i det proaktiva rehabiliteringsarbetet.',
  'FRG_6.RBK': 'Finns arbetsförmåga trots sjukdom?',
  'FRG_6.HLP':
    'Svar på nedanstående frågor kan ge arbetsgivaren vägledning när det gäller eventuell anpassning av arbetsuppgifter, behov av arbetsresor eller möjlighet för arbetstagaren att hålla kontakten med arbetsplatsen.\n\n1.Vilka arbetsuppgifter kan arbetstagaren utföra trots sin nedsatta arbetsförmåga?\n\n2. Vilka arbetsuppgifter och moment bör arbetstagaren inte alls utföra av medicinska skäl?\n\n3. Kan t ex arbetsresor till arbetet hjälpa?\n\n4. Är det möjligt för arbetstagaren att vistas på arbetsplatsen vid till exempel arbetsplatsträffar?',
  'DFR_6.2.RBK': 'Beskriv arbetsförmågan',
  'KAT_5.RBK': 'Övrigt',
  'FRG_8.RBK': 'Övriga upplysningar till arbetsgivaren',
  'KAT_4.RBK': 'Bedömning',
  'FRG_7.RBK': 'Min bedömning av patientens nedsättning av arbetsförmågan',
  'FRG_7.HLP':
    'Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till hens normala sysselsättningsgrad.\nObservera att sjukskrivningsgraden inte behöver följa FK:s fjärdeldels-nivåer, utan kan vara steglös.\nSteglös sjukskrivningsgrad möjliggör anpassning till arbetstagarens sysselsättningsgrad och ska väljas i syfte att ta tillvara arbetsförmåga på ett optimalt sätt.',
  'DFR_7.1.RBK': 'Sjukskrivningsgrad',
  'DFR_7.2.RBK': 'Sjukskrivningsperiod',
  FROM: 'Fr.o.m.',
  TOM: 'T.o.m.',
  'KAT_6.RBK': 'Kontakt',
  'FRG_9.RBK':
    'Jag önskar att arbetsgivaren kontaktar vårdcentralen. Patienten har lämnat samtycke för kontakt mellan arbetsgivare och vårdgivare.',
  'DFR_9.2.RBK': 'Ange varför du vill ha kontakt och vem som i första hand ska kontaktas',
  'KV_FKMU_0002.NUVARANDE_ARBETE.RBK': 'Nuvarande arbete',
  'SKL-001.ALERT':
    'Om en sjukskrivning löper förbi dag 14 i sjuklöneperioden ska Försäkringskassans Läkarintyg för sjukpenning (FK7804) utfärdas.',
  'KAT_7.RBK': 'Grund för medicinskt underlag',
  'FRG_10.RBK': 'Intyget är baserat på',
  'FRG_10.HLP':
    'I Socialstyrelsens föreskrifter (5 kap. HSLF-FS 2018:54) anges att ett intyg som huvudregel ska utfärdas efter en undersökning av intygspersonen. Intygsutfärdaren ska vidare med hänsyn tagen till ett intygs ändamål bl.a. överväga om det enligt författning eller av medicinska skäl krävs en undersökning av intygspersonen och hur denna undersökning bör se ut.\n\nOm intyget inte grundas på en personlig undersökning ska du förklara under "Övriga upplysningar" hur du ändå har kunnat bedöma din patients sjukdomstillstånd och arbetsförmåga.',
  'DFR_10.3.RBK': 'Ange vad annat är',
  'KV_FKMU_0001.TELEFONKONTAKT.RBK': 'Min telefonkontakt med patienten',
};
