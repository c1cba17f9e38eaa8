/** Swedish texts of the patient search and the patient page: the number field, the registry's answer, creating. */
export const patientsSv = {
  'personId.hint': 'Tio eller tolv siffror, med eller utan bindestreck, t.ex. 19121212-1212.',
  'personId.problem.format': 'Skriv numret med tio eller tolv siffror, t.ex. 19121212-1212 eller 121212-1212.',
  'personId.problem.date':
    'Datumet i numret finns inte. I ett samordningsnummer är dagen ökad med 60 (t.ex. 63 för den 3:e).',
  'personId.problem.serial': 'Numret finns inte: siffrorna före kontrollsiffran kan inte vara 000.',
  'personId.problem.checksum': 'Kontrollsiffran stämmer inte. Kontrollera att numret är rätt skrivet.',
  'personId.valid': 'Giltigt personnummer: {number}',
  'personId.validCoordination': 'Giltigt samordningsnummer: {number}',

  'patientSearch.title': 'Sök patient',
  'patientSearch.label': 'Personnummer eller samordningsnummer',
  'patientSearch.submit': 'Sök',
  'patientSearch.searching': 'Söker…',
  'patientSearch.notFound': 'Personen finns inte i folkbokföringen. Kontrollera numret.',
  'testPatients.title': 'Testpatienter',
  'testPatients.intro': 'Folkbokföringen i utvecklingsläget har bara testpersoner. Välj en för att gå till patienten.',

  'patientPage.title': 'Patient',
  'patientPage.back': 'Sök en annan patient',
  'patientPage.personalNumber': 'Personnummer',
  'patientPage.coordinationNumber': 'Samordningsnummer',
  'patientPage.address': 'Adress',
  'patientPage.flags': 'Observera',
  'patientPage.protectedIdentity': 'Skyddade personuppgifter.',
  'patientPage.deceased': 'Avliden.',
  'patientPage.testPerson': 'Testperson.',
  'patientPage.note.protectedHidden':
    'Patienten har sekretessmarkering. Namn och adress visas inte för dig, och bara läkare och tandläkare får skriva och hantera patientens intyg.',
  'patientPage.note.protectedShown':
    'Patienten har sekretessmarkering. Namn och adress får inte lämnas ut; bara läkare och tandläkare på vårdenheten hanterar patientens intyg.',
  'patientPage.note.deceased':
    'Patienten är avliden enligt folkbokföringen. Nya intyg kan inte skrivas, och befintliga kan inte förnyas eller ersättas.',
  'patientPage.note.testPerson': 'Intyg för patienten skickas aldrig till någon mottagare.',
  'patientPage.create.title': 'Skriv nytt intyg',
  'patientPage.create.noTypes': 'Det finns inga intygstyper att skriva just nu.',
  'patientPage.create.guide': 'Guide',
  'patientPage.create.label': 'Skapa utkast',
  'patientPage.create.button': 'Skapa utkast: {name}',
  'patientPage.create.busy': 'Skapar utkast…',
  'patientPage.create.refused': 'Kan inte skrivas för patienten:',
  'patientPage.create.refusedShort': 'Kan inte skrivas för patienten.',
  'patientPage.create.refusedAll': 'Du kan inte skriva intyg för patienten:',
  'patientPage.certificates.title': 'Patientens intyg på {unit}',
  'patientPage.rowAction': '{action} – {type} från {date}',
  'patientPage.rowRefused': 'Inget nytt utkast skapades.',
};
