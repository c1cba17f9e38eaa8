// Generated from texterMU_LISJP_v1.2.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'DFR_1.3.RBK': 'Ange vad annat är',
  'DFR_17.1.HLP':
    'Ge konkreta exempel på situationer och aktiviteter i patientens sysselsättning där svårigheter uppstår. Beskriv hur ofta dessa situationer uppstår och graden av svårigheterna.\n\nBeskriv hur du själv har observerat begränsningarna. Om uppgiften baseras på anamnes/intervju eller någon annans observationer anger du det.\n\nAnge även om det finns någon typ av aktivitet som patienten bör undvika på grund av betydande medicinsk risk eller allvarlig olycksrisk.',
  'DFR_17.1.RBK': 'Beskriv vad patienten inte kan göra på grund av sin sjukdom. Ange vad uppgiften grundas på.',
  'DFR_19.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.',
  'DFR_20.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.',
  'DFR_26.1.RBK': 'Jag önskar att Försäkringskassan kontaktar mig.',
  'DFR_26.2.RBK': 'Ange gärna varför du vill ha kontakt.',
  'DFR_33.2.RBK': 'Beskriv medicinska skäl till annan förläggning av arbetstiden',
  'DFR_35.1.HLP':
    'Ange observerade nedsättningar (direkt och indirekt), exempelvis\n- avvikelser i somatiskt och psykiskt status\n- röntgen- och laboratoriefynd\n- resultat av kliniskt fysiologiska undersökningar\n- andra testresultat, exempelvis neuropsykologiska.\n\nVid psykisk sjukdom, ange förutom basalt psykiskt status även den del av anamnesen som du bedömer talar för ett psykiatriskt tillstånd.',
  'DFR_35.1.RBK': 'Beskriv undersökningsfynd, testresultat och observationer',
  'DFR_6.2.RBK': 'Diagnoskod enligt ICD-10 SE',
  'FRG_1.HLP':
    'Enligt Socialstyrelsens föreskrifter (HSLF-FS 2018:54) om att utfärda intyg i hälso- och\nsjukvården ska ett läkarintyg innehålla uppgifter om vad som ligger till grund för din bedömning vid utfärdandet\nav intyget. Ett intyg ska som huvudregel utfärdas efter en undersökning av patienten. Intyget ska innehålla\nuppgift om kontaktsätt vid undersökningen. Om kontaktsättet är videosamtal anger du detta under fältet Övriga\nupplysningar.',
  'FRG_1.RBK': 'Intyget är baserat på',
  'FRG_17.RBK': 'Aktivitetsbegränsning',
  'FRG_19.RBK': 'Pågående medicinska behandlingar/åtgärder.',
  'FRG_20.RBK': 'Planerade medicinska behandlingar/åtgärder.',
  'FRG_25.RBK': 'Övriga upplysningar',
  'FRG_26.HLP':
    'Försäkringskassans handläggare tar kontakt med dig när underlaget har kommit in och handläggningen kan påbörjas.',
  'FRG_26.RBK': 'Kontakt med Försäkringskassan',
  'FRG_27.RBK':
    'Avstängning enligt smittskyddslagen på grund av smitta. (Fortsätt till frågorna "Diagnos" och "Nedsättning av arbetsförmåga").',
  'FRG_28.HLP':
    'Om du kryssar i flera val är det viktigt att du tydliggör under "Övriga upplysningar" om sjukskrivningens omfattning eller period skiljer sig åt mellan olika sysselsättningar.',
  'FRG_28.RBK': 'I relation till vilken sysselsättning bedömer du arbetsförmågan?',
  'FRG_29.RBK': 'Ange yrke och arbetsuppgifter',
  'FRG_32.HLP': 'Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till hens normala arbetstid.',
  'FRG_32.RBK': 'Min bedömning av patientens nedsättning av arbetsförmågan',
  'FRG_33.HLP': 'Frågorna besvaras endast vid partiellt nedsatt arbetsförmåga.',
  'FRG_33.RBK':
    'Finns det medicinska skäl att förlägga arbetstiden på något annat sätt än att minska arbetstiden lika mycket varje dag?',
  'FRG_34.RBK':
    'Resor till och från arbetet med annat färdmedel än normalt kan göra det möjligt för patienten att återgå till arbetet under sjukskrivningsperioden.',
  'FRG_35.RBK': 'Funktionsnedsättning',
  'FRG_37.HLP':
    '- Om sjukdomen inte följer förväntat förlopp ska det framgå på vilket sätt.\n- Om det inträffar komplikationer som gör att det tar längre tid att återfå arbetsförmåga ska du beskriva komplikationerna eller sjukdomstillstånden och skriva en förklaring till varför dessa fördröjer tillfrisknandet.\n- Om sjukskrivningstidens längd påverkas av flera sjukdomar som orsakar en längre period med aktivitetsbegränsning än varje sjukdom för sig, samsjuklighet, ska du beskriva och förklara detta.',
  'FRG_37.RBK':
    'Patientens arbetsförmåga bedöms nedsatt längre tid än den som Socialstyrelsens försäkringsmedicinska beslutsstöd anger, därför att',
  'FRG_39.HLP': 'En viktig information för att underlätta planeringen.',
  'FRG_39.RBK': 'Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle',
  'FRG_40.RBK': 'Här kan du ange åtgärder som du tror skulle göra det lättare för patienten att återgå i arbete',
  'FRG_44.RBK': 'Här kan du ange fler åtgärder. Du kan också beskriva hur åtgärderna kan underlätta återgång i arbete.',
  'FRG_6.HLP':
    'Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.\nOm patienten har fler än tre sjukdomar som påverkar arbetsförmågan anges dessa under "övriga upplysningar".',
  'FRG_6.RBK': 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  'FRM_1.RBK':
    'Vad är sjukpenning?\nSjukpenning är en ersättning för personer som arbetar i Sverige och har en nedsatt arbetsförmåga på grund av sjukdom. Beroende på hur mycket arbetsförmågan är nedsatt kan man få en fjärdedels, halv, tre fjärdedels eller hel sjukpenning.\n\nAndra förmåner som detta läkarintyg används till\nOm du stänger av patienten enligt smittskyddslagen ska du även använda detta intyg',
  'FRM_2.RBK':
    'Om du inte känner patienten ska hen styrka sin identitet genom legitimation med foto (HSLF-FS 2018:54).\n\nVad är sjukpenning?\nSjukpenning är en ersättning för personer som har en nedsatt arbetsförmåga på grund av sjukdom. Beroende på hur mycket arbetsförmågan är nedsatt kan man få en fjärdedels, halv, tre fjärdedels eller hel sjukpenning.\n\nFörutsättningar för att få sjukpenning\nArbetsförmågan bedöms i förhållande till personens sysselsättning som kan vara nuvarande arbete eller föräldraledighet för vård av barn. För personer som är arbetslösa bedöms arbetsförmågan i förhållandet till att utföra sådant arbete som är normalt förekommande på arbetsmarknaden.\n\nFör att få sjukpenning ska man, förutom att ha nedsatt arbetsförmåga, tillhöra svensk socialförsäkring och ha inkomst från arbete. Försäkringskassan beslutar om och hur mycket sjukpenning personen kan få.\n\nFrån den åttonde dagen i en sjukperiod måste det finnas ett läkarintyg. Läkarintyget ska tydligt beskriva hur patientens sjukdom påverkar patientens förmåga att utföra sin sysselsättning.\n\nStuderande\nEn person kan få behålla sitt studiemedel om förmågan att studera är helt eller halvt nedsatt på grund av sjukdom. Försäkringskassan bedömer om förmågan är nedsatt och om studieperioden ska godkännas till CSN.\n\nDen som ansöker om att få behålla sitt studiemedel ska från och med den femtonde dagen i sjukperioden styrka sin nedsatta studieförmåga med ett läkarintyg.\n\nSmittbärarpenning\nEn person kan få ersättning om hen måste avstå från sin sysselsättning på grund av läkarens beslut om avstängning enligt smittskyddslagen eller läkarundersökning alternativt hälsokontroll som syftar till att klarlägga sjukdom, smitta, sår eller annan skada som gör att hen inte får hantera livsmedel.\n\nDen som ansöker om smittbärarpenning ska skicka med ett läkarintyg.\n\nMer om hur Försäkringskassan bedömer arbetsförmågan\nFörsäkringskassan bedömer arbetsförmågan enligt rehabiliteringskedjan, som innebär följande:\n- Under de första 90 dagarna som personen är sjukskriven kan Försäkringskassan betala sjukpenning om personen inte kan utföra sitt vanliga arbete eller ett annat tillfälligt arbete hos sin arbetsgivare.\n- Efter 90 dagar kan Försäkringskassan betala sjukpenning om personen inte kan utföra något arbete alls hos sin arbetsgivare.\n- Efter 180 dagar kan Försäkringskassan betala ut sjukpenning om personen inte kan utföra sådant arbete som är normalt förekommande på arbetsmarknaden. Men detta gäller inte om Försäkringskassan bedömer att personen med stor sannolikhet kommer att kunna gå tillbaka till ett arbete hos sin arbetsgivare innan dag 366. I dessa fall bedöms arbetsförmågan i förhållande till ett arbete hos arbetsgivaren även efter dag 180. Regeln gäller inte heller om det kan anses oskäligt att bedöma personens arbetsförmåga i förhållande till arbete som är normalt förekommande på arbetsmarknaden.\n- Efter 365 dagar kan Försäkringskassan betala ut sjukpenning om personen inte kan utföra sådant arbete som är normalt förekommande på arbetsmarknaden. Undantag från detta kan göras om det kan anses oskäligt att bedöma personens arbetsförmåga i förhållande till sådant arbete som normalt förekommer på arbetsmarknaden.\n\nRehabiliteringskedjan gäller fullt ut bara för den som har en anställning.\n\nEgna företagares arbetsförmåga bedöms i förhållande till de vanliga arbetsuppgifterna fram till och med dag 180. Sedan bedöms arbetsförmågan i förhållande till sådant arbete som normalt förekommer på arbetsmarknaden.\n\nFör arbetslösa bedöms arbetsförmågan i förhållande till arbeten som normalt förekommer på arbetsmarknaden redan från första dagen i sjukperioden.',
  'KAT_1.RBK': 'Grund för medicinskt underlag',
  'KAT_10.HLP':
    'Fylls i om hon eller han måste avstå från sitt arbete på grund av:\n- Intygsskrivande läkares beslut enligt smittskyddslagen\n- Läkarundersökning eller hälsokontroll som syftar till att klarlägga om hon eller han är smittad av en allmänfarlig sjukdom eller om personen har en sjukdom, en smitta, ett sår eller annan skada som gör att hon eller han inte får hantera livsmedel.',
  'KAT_10.RBK': 'Smittbärarpenning',
  'KAT_2.RBK': 'Sysselsättning',
  'KAT_3.RBK': 'Diagnos',
  'KAT_4.RBK': 'Sjukdomens konsekvenser',
  'KAT_5.RBK': 'Medicinsk behandling',
  'KAT_6.RBK': 'Bedömning',
  'KAT_7.RBK': 'Åtgärder',
  'KAT_8.RBK': 'Övriga upplysningar',
  'KAT_9.RBK': 'Kontakt',
  'KV_FKMU_0001.ANNAT.RBK': 'annat',
  'KV_FKMU_0001.JOURNALUPPGIFTER.RBK': 'journaluppgifter från den',
  'KV_FKMU_0001.TELEFONKONTAKT.RBK': 'min telefonkontakt med patienten',
  'KV_FKMU_0001.UNDERSOKNING.RBK': 'min undersökning av patienten',
  'KV_FKMU_0002.ARBETSSOKANDE.RBK':
    'Arbetssökande - att utföra sådant arbete som är normalt förekommande på arbetsmarknaden',
  'KV_FKMU_0002.FORALDRALEDIG.RBK': 'Föräldraledighet för vård av barn',
  'KV_FKMU_0002.NUVARANDE_ARBETE.RBK': 'Nuvarande arbete',
  'KV_FKMU_0002.STUDIER.RBK': 'Studier',
  'KV_FKMU_0003.EN_FJARDEDEL.RBK': '25 procent',
  'KV_FKMU_0003.HALFTEN.RBK': '50 procent',
  'KV_FKMU_0003.HELT_NEDSATT.RBK': '100 procent',
  'KV_FKMU_0003.TRE_FJARDEDEL.RBK': '75 procent',
  'KV_FKMU_0004.ARBETSANPASSNING.RBK': 'Arbetsanpassning',
  'KV_FKMU_0004.ARBETSTRANING.RBK': 'Arbetsträning',
  'KV_FKMU_0004.BESOK_ARBETSPLATS.RBK': 'Besök på arbetsplatsen',
  'KV_FKMU_0004.EJ_AKTUELLT.RBK': 'Inte aktuellt',
  'KV_FKMU_0004.ERGONOMISK.RBK': 'Ergonomisk bedömning',
  'KV_FKMU_0004.HJALPMEDEL.RBK': 'Hjälpmedel',
  'KV_FKMU_0004.KONFLIKTHANTERING.RBK': 'Konflikthantering',
  'KV_FKMU_0004.KONTAKT_FHV.RBK': 'Kontakt med företagshälsovård',
  'KV_FKMU_0004.OMFORDELNING.RBK': 'Omfördelning av arbetsuppgifter',
  'KV_FKMU_0004.OVRIGA_ATGARDER.RBK': 'Övrigt',
  'KV_FKMU_0004.SOKA_NYTT_ARBETE.RBK': 'Söka nytt arbete',
  'KV_FKMU_0006.ATER_X_ANTAL_DGR.RBK': 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning inom',
  'KV_FKMU_0006.PROGNOS_OKLAR.RBK': 'Återgång i nuvarande sysselsättning är oklar.',
  'KV_FKMU_0006.SANNOLIKT_INTE.RBK':
    'Patienten förväntas inte kunna återgå helt i nuvarande sysselsättning inom 12 månader.',
  'KV_FKMU_0006.STOR_SANNOLIKHET.RBK':
    'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter denna sjukskrivning.',
  'KV_FKMU_0007.HUNDRAATTIO_DAGAR.RBK': '6 månader.',
  'KV_FKMU_0007.NITTIO_DGR.RBK': '3 månader.',
  'KV_FKMU_0007.SEXTIO_DGR.RBK': '2 månader.',
  'KV_FKMU_0007.TREHUNDRASEXTIOFEM_DAGAR.RBK': '12 månader.',
  'KV_FKMU_0007.TRETTIO_DGR.RBK': '1 månad.',
  'DFR_9001.1.RBK': 'Rubrik',
  'DFR_9001.1.HLP': 'Hjälptext',
  'DFR_9002.1.RBK': 'Rubrik',
  'DFR_9002.1.HLP': 'Hjälptext',
};
