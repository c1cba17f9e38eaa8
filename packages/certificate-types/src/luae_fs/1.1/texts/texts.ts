// Generated from texterMU_LUAE_FS_v1.1.xml by scripts/texts-to-json.ts. Do not edit.
import type { OfficialTexts } from '../../../common/official-texts.js';

export const texts: OfficialTexts = {
  'DFR_1.3.RBK': 'Ange vad annat är:',
  'DFR_26.1.RBK': 'Jag önskar att Försäkringskassan kontaktar mig',
  'DFR_26.2.RBK': 'Ange gärna varför du vill ha kontakt',
  'DFR_4.3.HLP':
    'Skriv exempelvis Neuropsykiatriska kliniken på X-stads sjukhus eller om patienten själv kommer att bifoga utredningen till sin ansökan.',
  'DFR_4.3.RBK': 'Från vilken vårdgivare kan Försäkringskassan hämta information om utredningen/underlaget?',
  'DFR_6.2.RBK': 'Diagnoskod enligt ICD-10 SE',
  'FRG_1.RBK': 'Utlåtandet är baserat på',
  'FRG_15.RBK':
    'Beskriv när och hur patientens funktionsnedsättning debuterat, utvecklats och visar sig för närvarande',
  'FRG_16.RBK':
    'Beskriv på vilket sätt funktionsnedsättningen påverkar eller har påverkat patientens förmåga att klara sin skolgång',
  'FRG_2.RBK': 'Jag har känt patienten sedan den',
  'FRG_25.RBK': 'Övriga upplysningar',
  'FRG_26.HLP':
    'Försäkringskassans handläggare tar kontakt med dig när underlaget har kommit in och handläggningen kan påbörjas.',
  'FRG_26.RBK': 'Kontakt med Försäkringskassan',
  'FRG_3.RBK': 'Är utlåtandet även baserat på andra medicinska utredningar eller underlag?',
  'FRG_4.RBK': 'Ange utredning eller underlag',
  'FRG_6.RBK': 'Diagnos/diagnoser för sjukdom som orsakar eller har orsakat funktionsnedsättning',
  'FRM_1.RBK':
    'Vad är aktivitetsersättning vid förlängd skolgång?\nAktivitetsersättning vid förlängd skolgång är en ersättning för unga personer, som på grund av funktionsnedsättning måste förlänga sin skolgång för att slutföra grundskola eller gymnasium. Det är möjligt att ansöka om ersättning även om studietiden är kortare än ett år. Man kan få ersättningen från juli månad det år man fyller 19 år fram till och med månaden innan man fyller 30 år. Ersättningen betalas alltid ut som hel ersättning, även om studierna till följd av funktionsnedsättningen måste bedrivas på deltid.',
  'FRM_2.RBK':
    'Vad är aktivitetsersättning vid förlängd skolgång?\nAktivitetsersättning vid förlängd skolgång är en ersättning för unga personer, som på grund av funktionsnedsättning måste förlänga sin skolgång för att slutföra grundskola eller gymnasium. Det är möjligt att ansöka om ersättning även om studietiden är kortare än ett år. Man kan få ersättningen från juli månad det år man fyller 19 år fram till och med månaden innan man fyller 30 år. Ersättningen betalas alltid ut som hel ersättning, även om studierna till följd av funktionsnedsättningen måste bedrivas på deltid.\n\nFörutsättningar för att få aktivitetsersättning vid förlängd skolgång.\nFörsäkringskassan bedömer om det finns ett direkt samband mellan funktionsnedsättningen och behovet av förlängd skolgång.',
  'KAT_1.RBK': 'Grund för medicinskt underlag',
  'KAT_3.RBK': 'Diagnos',
  'KAT_4.RBK': 'Funktionsnedsättning',
  'KAT_5.RBK': 'Övrigt',
  'KAT_6.RBK': 'Kontakt',
  'KV_FKMU_0001.ANHORIG.RBK': 'anhörigs beskrivning av patienten',
  'KV_FKMU_0001.ANNAT.RBK': 'annat',
  'KV_FKMU_0001.JOURNALUPPGIFTER.RBK': 'journaluppgifter från den',
  'KV_FKMU_0001.UNDERSOKNING.RBK': 'min undersökning av patienten',
  'KV_FKMU_0005.ARBETSTERAPEUT.RBK': 'Underlag från arbetsterapeut',
  'KV_FKMU_0005.FYSIOTERAPEUT.RBK': 'Underlag från fysioterapeut',
  'KV_FKMU_0005.HABILITERING.RBK': 'Underlag från habiliteringen',
  'KV_FKMU_0005.LOGOPED.RBK': 'Underlag från logoped',
  'KV_FKMU_0005.NEUROPSYKIATRISKT.RBK': 'Neuropsykiatriskt utlåtande',
  'KV_FKMU_0005.OVRIGT_UTLATANDE.RBK': 'Övrigt',
  'KV_FKMU_0005.PSYKOLOG.RBK': 'Underlag från psykolog',
  'KV_FKMU_0005.SKOLHALSOVARD.RBK': 'Underlag från skolhälsovård',
  'KV_FKMU_0005.SPECIALISTKLINIK.RBK': 'Utredning av annan specialistklinik',
  'KV_FKMU_0005.VARD_UTOMLANDS.RBK': 'Utredning från vårdinrättning utomlands',
  'KAT_9999.RBK': 'Tilläggsfrågor',
  'KAT_9999.HLP': 'TBD',
  'DFR_9001.1.RBK': 'Är patienten väldigt skoltrött?',
  'DFR_9001.1.HLP': 'Ange varför.',
  'DFR_9002.1.RBK': 'Hur långt är ett snöre?',
  'DFR_9002.1.HLP': 'Ange längd i centimeter (cm).',
};
