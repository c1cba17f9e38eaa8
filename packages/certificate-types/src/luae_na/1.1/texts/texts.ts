// Generated from texterMU_LUAE_NA_v1.1.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'DFR_1.3.RBK': 'Ange vad annat är:',
  'DFR_10.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'DFR_11.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'DFR_12.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'DFR_13.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'DFR_14.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'DFR_17.1.RBK': 'Ge konkreta exempel',
  'DFR_18.1.RBK':
    'Ange under vilka perioder de pågick och vilka resultat de gav. Ange även erbjudna men inte genomförda/avböjda behandlingar/åtgärder.',
  'DFR_19.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet',
  'DFR_20.1.RBK': 'Ange vad syftet är och om möjligt tidplan samt ansvarig vårdenhet',
  'DFR_21.1.RBK': 'Ordinerade läkemedel, alkohol, tobak och övriga substansintag',
  'DFR_26.1.RBK': 'Jag önskar att Försäkringskassan kontaktar mig',
  'DFR_26.2.RBK': 'Ange gärna varför du vill ha kontakt',
  'DFR_4.3.HLP':
    'Skriv exempelvis Neuropsykiatriska kliniken på X-stads sjukhus eller om patienten själv kommer att bifoga utredningen till sin ansökan.',
  'DFR_4.3.RBK': 'Från vilken vårdgivare kan Försäkringskassan hämta information om utredningen/underlaget?',
  'DFR_45.2.RBK': 'Beskriv vilken eller vilka diagnoser som avses.',
  'DFR_6.2.RBK': 'Diagnoskod enligt ICD-10 SE',
  'DFR_8.1.RBK': 'Beskriv eventuella iakttagelser alternativt testresultat från psykologutredning',
  'DFR_9.1.RBK': 'Beskriv eventuella undersökningsfynd och grad av funktionsnedsättning (lätt, måttlig, stor, total)',
  'FRG_1.RBK': 'Underlaget är baserat på',
  'FRG_10.HLP':
    'Uppmärksamhet, koncentration och exekutiv funktion\n\nFörmågan till uppmärksamhet handlar om att rikta sitt fokus på rätt sak vid rätt tillfälle samt att skifta, fördela och vidmakthålla uppmärksamhet. I förmågan ingår även en tidsaspekt. En person behöver viljemässigt kunna rikta sin uppmärksamhet under lång tid, alltså vara uthållig.\n\nMed exekutiv funktion avses förmågan att planera, initiera, genomföra, korrigera och avsluta en handling.\n\nExempel: Att rikta, reglera och uthålligt bevara uppmärksamheten är en stor svårighet för en person med ADHD/ADD. Tillfälliga svårigheter kan bero på sjukdom (till exempel sömnstörning, depression eller utmattning) eller skada (till exempel hjärnskakning) och uppkomma när som helst under livet.\nÄven svårigheter med exekutiva funktioner är vanliga vid ADHD/ADD men förekommer även vid andra tillstånd.',
  'FRG_10.RBK': 'Uppmärksamhet, koncentration och exekutiv funktion',
  'FRG_11.HLP':
    'Annan psykisk funktion\n\nMed annan psykisk funktion avses övriga psykiska funktioner, som psykiska språkfunktioner, emotionella funktioner, minnesfunktioner och psykiska funktioner som berör energinivå, förmågan till impulskontroll, motivation, omdöme, medvetenhet om det egna beteendet samt att vara orienterad till tid, plats, situation och person.\n\nExempel: I denna ruta kan till exempel affektiva svårigheter, svårigheter att reglera sitt temperament, beteendestörningar och missbruk ingå. Även påverkan på medvetande och orienteringsförmåga samt förvirring sekundärt till kroppslig sjukdom kan ingå.',
  'FRG_11.RBK': 'Annan psykisk funktion',
  'FRG_12.HLP':
    'Sinnesfunktioner och smärta\nMed sinnesfunktion avses förmågan att tolka de fem sinnena, syn, hörsel, känsel, lukt och smak. Begreppet sinnesfunktion används oftast synonymt med perception. Man kan vara särskilt känslig och uppleva obehag\nvid ljud, ljus, temperatur, beröring, smak eller lukt eller vara mindre känslig.\n\nMed smärta avses här förnimmelse av obehaglig känsla som tyder på tänkbar eller faktisk skada i någon del av kroppen. Det innefattar förnimmelser av generell eller lokal smärta i en eller flera kroppsdelar, smärta i ett dermatom (hudavsnitt), huggande, brännande, molande smärta och värk samt funktionsnedsättningar såsom myalgi (muskelsmärta), analgesi (okänslighet för smärta) och hyperalgesi (överkänslighet för smärta).\n\nExempel: Avvikelser vad gäller sinnesfunktion (perception) är vanligt till exempel inom det neuropsykiatriska området men saknar ofta specifik medicinsk diagnos. Smärtproblematik är dock mycket vanligt och kan utgöra\nbåde en primär svårighet och sekundär till annan sjukdom.',
  'FRG_12.RBK': 'Sinnesfunktioner och smärta',
  'FRG_13.HLP':
    'Balans, koordination och motorik\n\nMed balans avses kroppens balansfunktion och förnimmelse av kroppsställning (positionsuppfattning). Med koordination avses till exempel öga-handkoordination, gångkoordination och att samordna rörelser\nav armar och ben. Med motorik avses svårigheter med finmotorik, grovmotorik eller till exempel munmotorik.\n\nExempel: Svårigheter med dessa områden kan ha uppstått tidigt som till exempel vid en CP-skada eller uppkommit senare i livet till följd av till exempel en stroke eller neurologisk sjukdom.',
  'FRG_13.RBK': 'Balans, koordination och motorik',
  'FRG_14.HLP':
    'Annan kroppslig funktion\n\nMed annan kroppslig funktion avses här avvikelser eller förlust i kroppsfunktion och fysiologiska funktioner utifrån ICF:s intentioner. Här beskrivs observerade funktionsnedsättningar (direkt/indirekt) med avvikelser i status men även sådana som framkommit i annan medicinsk utredning.\n\nExempel: Med annan kroppslig funktion avses konsekvenser av somatisk sjukdom som till exempel avvikelser i kroppsligt status, röntgen- och laboratoriefynd samt kliniskt fysiologiska undersökningar.',
  'FRG_14.RBK': 'Annan kroppslig funktion',
  'FRG_17.HLP':
    'I din beskrivning kan du utgå från kapitlen om aktiviteter och delaktighet i ICF som stöd:\nLärande och att tillämpa kunskap\nAllmänna uppgifter och krav\nKommunikation\nFörflyttning\nPersonlig vård\nHemliv\nMellanmänskliga interaktioner och relationer\nViktiga livsområden: exempelvis utbildning arbete, sysselsättning och ekonomi\nSamhällsgemenskap, socialt och medborgerligt liv: exempelvis som fritidsintressen.\n\nBeskriv hur du själv har observerat begränsningarna. Om uppgiften baseras på anamnes/intervju eller någon annans observationer anger du det.\n\nAnge även om det finns någon typ av aktivitet som patienten bör undvika på grund av betydande medicinsk risk eller allvarlig olycksrisk.',
  'FRG_17.RBK':
    'Aktivitetsbegränsningar - beskriv vad har patienten svårt att göra på grund av den eller de funktionsnedsättningar som beskrivs ovan?',
  'FRG_18.RBK': 'Avslutade medicinska behandlingar/åtgärder',
  'FRG_19.RBK': 'Pågående medicinska behandlingar/åtgärder',
  'FRG_2.RBK': 'Jag har känt patienten sedan den',
  'FRG_20.RBK': 'Planerade medicinska behandlingar/åtgärder',
  'FRG_21.RBK': 'Substansintag',
  'FRG_22.HLP':
    'Särskilda arbetstider kan vara annan än ordinarie förläggning av arbetstiden, till skillnad från att minska arbetstiden lika mycket varje dag.',
  'FRG_22.RBK':
    'Hur bedömer du att patientens medicinska förutsättningar för arbete, helt eller delvis, kan utvecklas över tid? Beskriv även om det finns medicinska skäl till särskilda arbetstider.',
  'FRG_23.HLP':
    'Beskriv här om patienten har särskilt goda resurser inom något område eller har några speciella förmågor som kan tas till vara. Informationen är till för att hjälpa Försäkringskassan som, utöver att bedöma rätten till ersättning, även ansvarar för att samordna rehabilitering och andra aktiva insatser.',
  'FRG_23.RBK': 'Beskriv vad patienten kan göra trots sin sjukdom eller sina begränsningar',
  'FRG_24.HLP':
    'Exempel på vad som kan underlätta att komma ut i arbete:\n-    arbetsförberedande insatser\n-    delta i fysisk eller social träning\n-    olika lokala samverkansaktiviteter\n-    utbildningsinsatser\n-    olika typer av hjälpmedel.',
  'FRG_24.RBK': 'Beskriv eller lämna förslag på vad som kan underlätta för patienten att komma ut i arbete',
  'FRG_25.RBK': 'Övriga upplysningar',
  'FRG_26.HLP':
    'Försäkringskassans handläggare tar kontakt med dig när underlaget har kommit in och handläggningen kan påbörjas.',
  'FRG_26.RBK': 'Kontakt med Försäkringskassan',
  'FRG_3.RBK': 'Är utlåtandet även baserat på andra medicinska utredningar eller underlag?',
  'FRG_4.RBK': 'Ange utredning eller underlag',
  'FRG_45.HLP':
    'Möjliga anledningar kan vara:\n- att det var länge sedan utredningen gjordes\n- att ny bedömning har rekommenderats i tidigare utlåtande eller\n- att den kliniska bilden avviker från vad som kan förväntas utifrån ställd\ndiagnos',
  'FRG_45.RBK': 'Finns skäl till att revidera/uppdatera tidigare satt diagnos?',
  'FRG_5.RBK': 'Bakgrund - beskriv kortfattat förloppet för aktuella sjukdomar',
  'FRG_6.HLP':
    'Ange diagnoser för sjukdom som orsakar nedsatt arbetsförmåga. Huvuddiagnosen för arbetsförmågans nedsättning anges först.',
  'FRG_6.RBK': 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  'FRG_7.RBK': 'När och var ställdes diagnosen/diagnoserna?',
  'FRG_8.HLP':
    'Intellektuell funktion\n\nMed intellektuell funktion, teoretisk begåvning eller intelligens avses förmågan att tänka logiskt. För att lösa ett problem på ett logiskt vis gör vi det genom att föreställa oss det i tankarna snarare än att pröva oss fram konkret.\n\nExempel: En vuxen som klarat skolgång med normalbetyg och klarar vardagliga krav i arbete och privatliv är i regel normalbegåvad. För en noggrannare nivåbedömning krävs testning utförd av psykolog.',
  'FRG_8.RBK': 'Intellektuell funktion',
  'FRG_9.HLP':
    'Övergripande psykosociala funktioner\n\nMed psykosociala funktioner avses förmågan till emotionell kontakt, social ömsesidighet och samspel.\n\nFörmågan att på ett teoretiskt plan kunna sätta sig in i hur andra människor tänker och känner, även om man inte har varit med om samma situation själv.\n\nBristande förmåga till social ömsesidighet och samspel leder lätt till missförstånd, konflikter och svårigheter med relationer i privatliv och arbetsliv.',
  'FRG_9.RBK': 'Övergripande psykosociala funktioner',
  'FRM_1.RBK':
    'Vad är aktivitetsersättning vid nedsatt arbetsförmåga?\nAktivitetsersättning vid nedsatt arbetsförmåga är en tidsbegränsad ersättning för unga personer som har nedsatt arbetsförmåga på grund av sjukdom, skada eller funktionsnedsättning.',
  'FRM_2.RBK':
    'Vem kan få aktivitetsersättning vid nedsatt arbetsförmåga?\nAktivitetsersättning vid nedsatt arbetsförmåga är en tidsbegränsad ersättning för unga personer som har en nedsatt arbetsförmåga på grund av sjukdom, skada eller funktionsnedsättning. Man kan få ersättningen från juli det år man fyller 19 år fram till och med månaden innan man fyller 30 år.\n\nFörsäkringskassan bedömer arbetsförmågan i förhållande till alla arbeten på hela arbetsmarknaden, alltså även till särskilt anpassade arbeten och anställningar med anställningsstöd. Man kan få aktivitetsersättning om Försäkringskassan bedömer att arbetsförmågan är nedsatt med minst en fjärdedel under minst ett år.\n\nDen som ansöker om aktivitetsersättning ska skicka med ett läkarutlåtande. I ett pågående sjukpenningärende kan också Försäkringskassan på eget initiativ begära ett läkarutlåtande från behandlande läkare.\n\nOm du inte känner patienten ska hen styrka sin identitet genom legitimation med foto (SOSFS 2005:29).',
  'KAT_1.RBK': 'Grund för medicinskt underlag',
  'KAT_10.RBK': 'Kontakt',
  'KAT_3.RBK': 'Bakgrund',
  'KAT_4.RBK': 'Diagnos',
  'KAT_5.HLP':
    'Ange observerade nedsättningar (direkt och indirekt)\n- avvikelser i somatiskt och psykiskt status\n- röntgen- och laboratoriefynd\n- resultat av kliniskt fysiologiska undersökningar\n- andra testresultat, exempelvis neuropsykologiska.\n\nVid psykisk sjukdom, ange förutom basalt psykiskt status även den del av anamnesen som läkaren bedömer tala för ett psykiatriskt tillstånd.\n\nKällhänvisning funktionsområden\nFunktionsområdenas hjälptexter följer väsentligen ICF men då kategorierna i läkarutlåtandena är färre har vissa förenklingar gjorts. Texterna avseende de psykiska funktionsområdena är till största del hämtade ur boken "Neuropsykiatriska funktioner hos barn, ungdomar och unga vuxna".\nBoken är skriven av psykolog Viveca Ernmark i utbildningssyfte för Försäkringskassan.',
  'KAT_5.RBK': 'Funktionsnedsättningar',
  'KAT_6.RBK': 'Aktivitetsbegränsningar',
  'KAT_7.RBK': 'Medicinsk behandling',
  'KAT_8.RBK': 'Medicinska förutsättningar för arbete',
  'KAT_9.RBK': 'Övrigt',
  'KV_FKMU_0001.ANHORIG.RBK': 'anhörigs beskrivning av patienten',
  'KV_FKMU_0001.ANNAT.RBK': 'annat',
  'KV_FKMU_0001.JOURNALUPPGIFTER.RBK': 'journaluppgifter från den',
  'KV_FKMU_0001.UNDERSOKNING.RBK': 'min undersökning av patienten',
  'KV_FKMU_0005.ARBETSTERAPEUT.RBK': 'Underlag från arbetsterapeut',
  'KV_FKMU_0005.FORETAGSHALSOVARD.RBK': 'Underlag från företagshälsovård',
  'KV_FKMU_0005.FYSIOTERAPEUT.RBK': 'Underlag från fysioterapeut',
  'KV_FKMU_0005.HABILITERING.RBK': 'Underlag från habiliteringen',
  'KV_FKMU_0005.LOGOPED.RBK': 'Underlag från logoped',
  'KV_FKMU_0005.NEUROPSYKIATRISKT.RBK': 'Neuropsykiatriskt utlåtande',
  'KV_FKMU_0005.OVRIGT_UTLATANDE.RBK': 'Övrigt',
  'KV_FKMU_0005.PSYKOLOG.RBK': 'Underlag från psykolog',
  'KV_FKMU_0005.SKOLHALSOVARD.RBK': 'Underlag från skolhälsovård',
  'KV_FKMU_0005.SPECIALISTKLINIK.RBK': 'Utredning av annan specialistklinik',
  'KV_FKMU_0005.VARD_UTOMLANDS.RBK': 'Utredning från vårdinrättning utomlands',
};
