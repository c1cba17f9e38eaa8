// Generated from texterMU_AG7804_v1.1.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'FRM_1.RBK':
    'Läkarintyg om arbetsförmåga – arbetsgivaren skapas från Försäkringskassans läkarintyg för sjukpenning (FK 7804) och används i följande situationer:\n\n- När patienten har en anställning och behöver ett läkarintyg i förhållande till sin arbetsgivare.\n- När patienten varit frånvarande från arbetet i fler än 14 dagar.\n- När intygsutfärdande läkaren bedömer att patienten behöver vara sjukfrånvarande längre tid än 14 dagar och att sjukfrånvaron därmed kommer att överstiga sjuklöneperioden. Läkarintyg om arbetsförmåga – arbetsgivaren kan utfärdas för att undvika ett återbesök efter dag 14 och fyller då funktionen som intyg till arbetsgivare både under sjuklöneperioden och efter sjuklöneperioden.',
  'FRM_2.RBK':
    'Utfärdare\nLäkarintyget får utfärdas av läkare eller tandläkare. I intyget omfattar begreppet läkare båda professionerna. Det är inte möjligt att delegera rätten att utfärda läkarintyget till annan profession, till exempel sjuksköterska eller fysioterapeut. Se även Socialstyrelsens föreskrifter om intyg (HSLF-FS 2018:54).\n\nSyften med läkarintyget\n- Rätt till frånvaro. Att ge arbetstagaren rätt att vara frånvarande från arbetet på grund av sjukdom/skada. Arbetstagaren är skyldig att vid sjukdom/skada lämna in ett medicinskt underlag som styrker dels att frånvaron beror på sjukdom, dels att sjukdomen sätter ned arbetsförmågan i arbetstagarens arbetsuppgifter. Om läkarintyget inte ger tillräcklig information kan frånvaron anses vara olovlig och medföra att intyget behöver kompletteras.\n- Arbetsgivarens rehabiliteringsansvar. Läkarintyget ska ge arbetsgivaren tillräcklig information om arbetstagarens medicinska hinder för att utföra sina ordinarie arbetsuppgifter. Arbetsgivare har enligt socialförsäkringsbalken, arbetsmiljölagen och arbetsdomstolens rättspraxis ett omfattande och långtgående rehabiliteringsansvar och ska genom skäliga stöd och anpassningar på arbetsplatsen underlätta för sjuka eller skadade att komma tillbaka i arbete.\n- Plan för återgång i arbete. Sedan 2018 har arbetsgivare en skyldighet enligt 30 kap. 6 § socialförsäkringsbalken att ta fram en plan för återgång i arbete när en arbetstagare förväntas vara sjuk under en längre tid. Planen ska kontinuerligt följas upp och revideras vid behov. Planen är främst ett stöd för rehabiliteringsarbetet på arbetsplatsen och ska underlätta en tidig återgång i arbete. Läkarintyget ger grundläggande medicinsk information om patientens möjligheter att återgå i arbete och är en förutsättning för att arbetsgivaren tillsammans med sin arbetstagare ska kunna upprätta en plan för återgång i arbete.\n- Sjukpenningtillägg. Att ge arbetstagaren rätt till kompletterande sjukpenningtillägg. De flesta kollektivavtal på svensk arbetsmarknad ger arbetstagare rätt till sjukpenningtillägg vid sjukdom.\n- Läkarintyg från och med dag 1 i sjuklöneperioden Läkarintyget kan användas från och med dag 1 i sjuklöneperioden, ett så kallat förstadagsintyg. Arbetsgivaren får om det finns särskilda skäl för det begära att arbetstagaren genom intyg av läkare styrker nedsättning av arbetsförmågan tidigare än dag 8 i sjuklöneperioden.\nInnehåll i läkarintyget\nLäkarintyg om arbetsförmåga - arbetsgivaren skapas från Försäkringskassans läkarintyg för sjukpenning (FK 7804) och ska innehålla motsvarande information.\n\nPatienten kan dock välja om hen vill delge arbetsgivaren information om vilken eller vilka diagnoser som föreligger.\n\nÖvrig information i intyget är obligatorisk.\n\nNär ska Läkarintyg om arbetsförmåga – arbetsgivaren användas?\n- När patienten har en anställning och behöver ett läkarintyg i förhållande till sin arbetsgivare.\n- När patienten varit frånvarande från arbetet i fler än 14 dagar.\n- När intygsutfärdande läkaren bedömer att patienten behöver vara sjukfrånvarande längre tid än 14 dagar och att sjukfrånvaron därmed kommer att överstiga sjuklöneperioden. Läkarintyg om arbetsförmåga – arbetsgivaren kan utfärdas för att undvika ett återbesök efter dag 14 och fyller då funktionen som intyg till arbetsgivare både under sjuklöneperioden och efter sjuklöneperioden.',
  'DFR_1.3.RBK': 'Ange vad annat är',
  'DFR_17.1.HLP':
    'Ge konkreta exempel på situationer och aktiviteter i patientens sysselsättning där svårigheter uppstår.\n\nBeskriv hur ofta dessa situationer uppstår och graden av svårigheterna. Beskriv hur du själv har observerat begränsningarna. Om uppgiften baseras på anamnes/intervju eller någon annans observationer anger du det.\n\nAnge även om det finns någon typ av aktivitet som patienten bör undvika på grund av betydande medicinsk risk eller allvarlig olycksrisk.',
  'DFR_17.1.RBK': 'Beskriv vad patienten inte kan göra på grund av sin sjukdom. Ange vad uppgiften grundas på.',
  'DFR_19.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.',
  'DFR_20.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet.',
  'DFR_103.1.RBK':
    'Jag önskar att arbetsgivaren kontaktar vårdenheten. Patienten har lämnat samtycke för kontakt mellan arbetsgivare och vårdgivare',
  'DFR_103.2.RBK': 'Ange varför du vill ha kontakt och vem som i första hand ska kontaktas.',
  'DFR_33.2.RBK': 'Beskriv medicinska skäl till annan förläggning av arbetstiden',
  'DFR_35.1.HLP':
    'Ange observerade nedsättningar (direkt och indirekt), exempelvis\n• avvikelser i somatiskt och psykiskt status\n• röntgen- och laboratoriefynd\n• resultat av kliniskt fysiologiska undersökningar\n• andra testresultat, exempelvis neuropsykologiska.\n\nVid psykisk sjukdom, ange förutom basalt psykiskt status även den del av anamnesen som du bedömer talar för ett psykiatriskt tillstånd.',
  'DFR_35.1.RBK': 'Beskriv undersökningsfynd, testresultat och observationer',
  'DFR_6.2.RBK': 'Diagnoskod enligt  ICD-10 SE',
  'FRG_1.HLP':
    'I Socialstyrelsens föreskrifter (5 kap. HSLF-FS 2018:54) anges att ett intyg som huvudregel ska utfärdas efter en undersökning av intygspersonen. Intygsutfärdaren ska vidare med hänsyn tagen till ett intygs ändamål bl.a. överväga om det enligt författning eller av medicinska skäl krävs en undersökning av intygspersonen och hur denna undersökning bör se ut.\n\nOm intyget inte grundas på en personlig undersökning ska du förklara under "Övriga upplysningar" hur du ändå har kunnat bedöma din patients sjukdomstillstånd och arbetsförmåga.',
  'FRG_1.RBK': 'Intyget är baserat på',
  'FRG_17.RBK': 'Aktivitetsbegränsning',
  'FRG_19.RBK': 'Pågående medicinska behandlingar/åtgärder.',
  'FRG_20.RBK': 'Planerade medicinska behandlingar/åtgärder.',
  'FRG_25.RBK': 'Övriga upplysningar till arbetsgivaren',
  'FRG_103.RBK': 'Kontakt med arbetsgivaren',
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
    '• Om sjukdomen inte följer förväntat förlopp ska det framgå på vilket sätt.\n• Om det inträffar komplikationer som gör att det tar längre tid att återfå arbetsförmåga ska du beskriva komplikationerna eller sjukdomstillstånden och skriva en förklaring till varför dessa fördröjer tillfrisknandet.\n• Om sjukskrivningstidens längd påverkas av flera sjukdomar som orsakar en längre period med aktivitetsbegränsning än varje sjukdom för sig, samsjuklighet, ska du beskriva och förklara detta.',
  'FRG_37.RBK':
    'Patientens arbetsförmåga bedöms nedsatt längre tid än den som Socialstyrelsens försäkringsmedicinska beslutsstöd anger, därför att',
  'FRG_39.HLP': 'En viktig information för att underlätta planeringen.',
  'FRG_39.RBK': 'Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle',
  'FRG_40.RBK': 'Här kan du ange åtgärder som du tror skulle göra det lättare för patienten att återgå i arbete',
  'FRG_44.RBK': 'Här kan du ange fler åtgärder. Du kan också beskriva hur åtgärderna kan underlätta återgång i arbete.',
  'FRG_6.HLP':
    'Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt. Om patienten har fler än tre sjukdomar som påverkar arbetsförmågan anges dessa under "övriga upplysningar".',
  'FRG_6.RBK': 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  'FRG_100.RBK': 'Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?',
  'KAT_1.RBK': 'Grund för medicinskt underlag',
  'KAT_2.RBK': 'Sysselsättning',
  'KAT_3.RBK': 'Diagnos',
  'KAT_4.RBK': 'Sjukdomens konsekvenser för patienten',
  'KAT_5.RBK': 'Medicinsk behandling',
  'KAT_6.RBK': 'Bedömning',
  'KAT_7.RBK': 'Åtgärder',
  'KAT_8.RBK': 'Övrigt',
  'KAT_9.RBK': 'Kontakt',
  'KAT_10.RBK': 'Smittbärarpenning',
  'KAT_10.HLP':
    'Fylls i om hon eller han måste avstå från sitt arbete på grund av:\n• Intygsskrivande läkares beslut enligt smittskyddslagen\n• Läkarundersökning eller hälsokontroll som syftar till att klarlägga om hon eller han är smittad av en allmänfarlig sjukdom eller om personen har en sjukdom, en smitta, ett sår eller annan skada som gör att hon eller han inte får hantera livsmedel.',
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
  'KV_FKMU_0004.KONTAKT_FHV.RBK': 'Kontakt med företagshälsovård',
  'KV_FKMU_0004.OMFORDELNING.RBK': 'Omfördelning av arbetsuppgifter',
  'KV_FKMU_0004.OVRIGA_ATGARDER.RBK': 'Övrigt',
  'KV_FKMU_0006.ATER_X_ANTAL_DGR.RBK': 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning inom',
  'KV_FKMU_0006.PROGNOS_OKLAR.RBK': 'Återgång i nuvarande sysselsättning är oklar.',
  'KV_FKMU_0006.SANNOLIKT_INTE.RBK':
    'Patienten förväntas inte kunna återgå helt i nuvarande sysselsättning inom 12 månader.',
  'KV_FKMU_0006.STOR_SANNOLIKHET.RBK':
    'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter denna sjukskrivning.',
  'KV_FKMU_0007.HUNDRAATTIO_DAGAR.RBK': '6 månader',
  'KV_FKMU_0007.NITTIO_DGR.RBK': '3 månader',
  'KV_FKMU_0007.SEXTIO_DGR.RBK': '2 månader',
  'KV_FKMU_0007.TREHUNDRASEXTIOFEM_DAGAR.RBK': '12 månader',
  'KV_FKMU_0007.TRETTIO_DGR.RBK': '1 månad',
  'FRG_32.IFS1.RBK': 'Patienten arbetar i snitt',
  'FRG_32.IFS2.RBK': 'timmar i veckan',
  'FRG_32.IFS.HLP':
    'Ange hur många timmar patienten arbetar i snitt per vecka. Observera att denna funktion endast är ett stöd för att tydliggöra hur många timmar per vecka patienten bedöms kunna arbeta när en viss nedsättning av arbetsförmåga har angivits. Uppgiften lagras inte som en del av intyget.',
};
