/**
 * The texts of FK7804 v2.0 as certificate-service defines them in code (`$CSM/fk7804/elements/*`),
 * quoted in domain.md §1.3.b. There is no separate official text file for this version; these strings
 * are the source and must stay word for word.
 */
export const categoryLabels = {
  KAT_1: 'Smittbärarpenning',
  KAT_2: 'Grund för medicinskt underlag',
  KAT_3: 'Sysselsättning',
  KAT_4: 'Diagnos',
  KAT_5: 'Funktionsnedsättning',
  KAT_6: 'Aktivitetsbegränsning',
  KAT_7: 'Medicinsk behandling',
  KAT_8: 'Bedömning',
  KAT_9: 'Prognos',
  KAT_10: 'Åtgärder som kan främja återgången i arbete',
  KAT_11: 'Övrigt',
  KAT_12: 'Kontakt',
} as const;

/** KV_FKMU_0001 as offered by v2.0. */
export const grundLabels: Readonly<Record<string, string>> = {
  FYSISKUNDERSOKNING: 'min undersökning vid fysiskt vårdmöte',
  DIGITALUNDERSOKNING: 'min undersökning vid digitalt vårdmöte',
  TELEFONKONTAKT: 'min telefonkontakt med patienten',
  JOURNALUPPGIFTER: 'journaluppgifter från den',
  ANNAT: 'annat',
};

/** KV_FKMU_0002 as offered by v2.0. */
export const sysselsattningLabels: Readonly<Record<string, string>> = {
  NUVARANDE_ARBETE: 'Nuvarande arbete',
  ARBETSSOKANDE: 'Arbetssökande - att utföra sådant arbete som är normalt förekommande på arbetsmarknaden',
  FORALDRALEDIG: 'Föräldraledighet',
  STUDIER: 'Studier',
};

/** KV_FKMU_0003. */
export const gradeLabels: Readonly<Record<string, string>> = {
  EN_FJARDEDEL: '25 procent',
  HALFTEN: '50 procent',
  TRE_FJARDEDEL: '75 procent',
  HELT_NEDSATT: '100 procent',
};

/** KV_FKMU_0006 as offered by v2.0. */
export const prognosLabels: Readonly<Record<string, string>> = {
  STOR_SANNOLIKHET: 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter detta intygs slutdatum',
  ATER_X_ANTAL_MANADER: 'Patienten förväntas kunna återgå helt i nuvarande sysselsättning efter angiven tid',
  SANNOLIKT_INTE: 'Patienten förväntas inte kunna återgå helt i nuvarande sysselsättning',
  PROGNOS_OKLAR: 'Prognosen för återgång i nuvarande sysselsättning är svårbedömd',
};

export const questionTexts = {
  smittbararpenning: 'Förhållningsregler enligt smittskyddslagen på grund av smitta',
  grund: 'Intyget är baserat på',
  annatGrund: 'Ange vad annat är',
  sysselsattning: 'I relation till vilken sysselsättning bedömer du arbetsförmågan?',
  yrke: 'Ange yrke och arbetsuppgifter',
  diagnos: 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  diagnosHelp:
    'Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.',
  funktionsnedsattning:
    'Ange vilken/vilka funktionsnedsättningar patienten har till följd av sjukdom och om möjligt svårighetsgrad. Ange även vad din bedömning av funktionsnedsättningar baseras på. Beskriv relevanta undersökningsfynd, testresultat, utredningssvar eller andra uppgifter (exempelvis anamnesuppgifter) och hur du bedömer dem.',
  funktionsnedsattningPlaceholder:
    'Vad grundar sig bedömningen på? På vilka sätt och i vilken utsträckning är patienten påverkad?',
  funktionsnedsattningModal: 'Välj enbart de problem som påverkar patienten.',
  funktionsnedsattningCollections: 'Problem som påverkar patientens möjlighet att utföra sin sysselsättning:',
  aktivitetsbegransningModal: 'Välj enbart de svårigheter som påverkar patientens sysselsättning.',
  aktivitetsbegransningCollections: 'Svårigheter som påverkar patientens sysselsättning:',
  aktivitetsbegransning:
    'Beskriv vad du bedömer att patienten har svårt att göra på grund av sin sjukdom. Ange exempel på sådana begränsningar relaterade till de arbetsuppgifter eller annan sysselsättning som du bedömer arbetsförmågan i förhållande till. Ange om möjligt svårighetsgrad.',
  medicinskBehandling: 'Beskriv pågående och planerade medicinska behandlingar/åtgärder som kan påverka arbetsförmågan',
  medicinskBehandlingLabel: 'Ange vad syftet är och om möjligt tidsplan samt ansvarig vårdenhet.',
  nedsattning: 'Min bedömning av patientens nedsättning av arbetsförmågan',
  nedsattningHelp:
    'Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till patientens normala arbetstid.',
  earlyStartDate:
    'Du har angett att sjukskrivningsperioden startar mer än 7 dagar bakåt i tiden. Ange orsaken till detta i fältet "Övriga upplysningar".',
  langreAnBeslutsstod:
    'Patientens arbetsförmåga bedöms nedsatt längre tid än den som Socialstyrelsens försäkringsmedicinska beslutsstöd anger, därför att',
  transport: 'Transport till och från arbetsplatsen',
  transportLabel: 'Patienten skulle kunna arbeta helt eller delvis vid hjälp med transport till och från arbetsplatsen',
  ojamnArbetstid:
    'Kommer möjligheterna till återgång i arbete försämras om arbetstiden förläggs ojämnt vid deltidssjukskrivning?',
  ojamnArbetstidSkal: 'Beskriv de medicinska skälen till att möjligheterna till återgång i arbete försämras',
  prognos: 'Prognos för arbetsförmåga utifrån aktuellt undersökningstillfälle',
  prognosHelp: 'En viktig information för att underlätta planeringen.',
  antalManader: 'Ange antal månader',
  grundForBedomning: 'Beskriv vad som ligger till grund för bedömningen',
  atgarder:
    'Här kan du beskriva andra åtgärder än åtgärder inom hälso- och sjukvården som kan främja återgången i arbete',
  atgarderLabel: 'Beskriv gärna hur åtgärderna kan främja återgången i arbete eller annan aktuell sysselsättning.',
  ovrigt: 'Övriga upplysningar',
  kontakt: 'Kontakt med Försäkringskassan',
  kontaktLabel: 'Jag önskar att Försäkringskassan kontaktar mig',
  kontaktVarfor: 'Ange gärna varför du vill ha kontakt',
  yes: 'Ja',
  no: 'Nej',
  notGiven: 'Ej angivet',
} as const;
