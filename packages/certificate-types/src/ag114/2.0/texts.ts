/**
 * The texts of AG1-14 v2.0 as certificate-service defines them in code (`$CSM/ag114/elements/*`,
 * domain.md §1.5 "AG114 v2.0"). There is no official text file for this version; these strings are the
 * source and stay word for word. Option texts of KV_FKMU_0001 are FK7804 v2.0's (lisjp/2.0/texts.ts).
 *
 * Two descriptions are HTML there and plain text here, the words unchanged: the category Bedömning's two
 * paragraphs, and 6.2's `<ol>` list, which becomes numbered lines.
 */
export const categoryLabels = {
  KAT_1: 'Grund för medicinskt underlag',
  KAT_2: 'Sysselsättning',
  KAT_3: 'Diagnos',
  KAT_4: 'Arbetsförmåga',
  KAT_5: 'Bedömning',
  KAT_6: 'Övrigt',
  KAT_7: 'Kontakt',
} as const;

export const questionTexts = {
  bedomningHelp:
    'Utgångspunkten är att patientens arbetsförmåga ska bedömas i förhållande till patientens normala arbetstid.\n\nUnder sjuklöneperioden kan läkaren bedöma arbetsförmågan steglöst. Det betyder att läkaren inte behöver begränsa sig till de fyra nivåer som gäller för Försäkringskassans bedömning av rätten till sjukpenning. En steglös bedömning kan innebära att patientens faktiska arbetsförmåga kan tas tillvara på ett mer optimalt sätt.',
  grund: 'Intyget är baserat på',
  annatGrund: 'Ange vad annat är',
  sysselsattning: 'Bedöm arbetsförmåga utifrån ordinarie arbete. Ange yrke och arbetsuppgifter.',
  formedlaDiagnos: 'Önskar patienten förmedla information om diagnos/diagnoser till sin arbetsgivare?',
  formedlaDiagnosHelp:
    'Information om diagnos kan vara viktig för patientens arbetsgivare. Det kan underlätta anpassning av patientens arbetssituation. Det kan också göra att patienten snabbare kommer tillbaka till arbetet.',
  diagnos: 'Diagnos/diagnoser för sjukdom som orsakar nedsatt arbetsförmåga',
  diagnosHelp:
    'Ange vilken eller vilka sjukdomar som orsakar nedsatt arbetsförmåga. Den sjukdom som påverkar arbetsförmågan mest anges först. Diagnoskoden anges alltid med så många positioner som möjligt.',
  arbetsformaga: 'På vilket sätt medför sjukdomen nedsatt arbetsförmåga?',
  arbetsformagaHelp:
    'Uppgift om på vilket sätt arbetsförmågan är nedsatt ska anges oavsett om diagnos har angetts eller inte, detta för att arbetstagaren ska kunna styrka sin rätt till sjuklön och rätt att vara frånvarande från arbetet.\n\nInformationen har även betydelse för arbetsgivaren i rehabiliteringsarbetet.\n\nUppgift om på vilket sätt sjukdomen medför nedsatt arbetsförmåga blir särskilt viktig om patienten valt att inte uppge diagnos.',
  finnsArbetsformaga: 'Finns arbetsförmåga trots sjukdom?',
  beskrivArbetsformagan: 'Beskriv arbetsförmågan',
  beskrivArbetsformaganHelp:
    'Svar på nedanstående frågor kan ge arbetsgivaren vägledning när det gäller eventuell anpassning av arbetsuppgifter, behov av arbetsresor eller möjlighet för arbetstagaren att hålla kontakten med arbetsplatsen.\n1. Vilka arbetsuppgifter kan arbetstagaren utföra trots sin nedsatta arbetsförmåga?\n2. Vilka arbetsuppgifter och moment bör arbetstagaren inte alls utföra av medicinska skäl?\n3. Kan t ex arbetsresor till arbetet hjälpa?\n4. Är det möjligt för arbetstagaren att vistas på arbetsplatsen vid till exempel arbetsplatsträffar?',
  procent: 'Patientens arbetsförmåga bedöms vara nedsatt med (ange antal procent)',
  period: 'Period då arbetsförmågan bedöms vara nedsatt',
  periodFrom: 'Fr.o.m',
  periodTo: 'T.o.m',
  periodAlert:
    'Om patienten bedöms vara arbetsoförmögen i mer än 14 dagar ska Läkarintyg om arbetsförmåga – arbetsgivaren (AG7804) användas. Intyget skapas från Försäkringskassans läkarintyg för sjukpenning (FK7804) och innehåller motsvarande information.',
  ovrigt: 'Övriga upplysningar till arbetsgivaren',
  kontakt: 'Kontakt med arbetsgivaren',
  kontaktLabel:
    'Jag önskar att arbetsgivaren kontaktar vårdenheten. Patienten har lämnat samtycke för kontakt mellan arbetsgivare och vårdgivare.',
  kontaktVarfor: 'Ange varför du vill ha kontakt och vem som i första hand ska kontaktas samt kontaktuppgifter',
  yes: 'Ja',
  no: 'Nej',
  notGiven: 'Ej angivet',
} as const;
