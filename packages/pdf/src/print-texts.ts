/** The printout's own texts (Swedish; the certificate's questions and options come from the model). */
export const PRINT_TEXTS = {
  draftMark: 'UTKAST – får inte skickas',
  revokedMark: 'MAKULERAT',
  recipient: (name: string) => `Mottagare: ${name}`,
  /** Types without a digital recipient (AG7804, AG1-14): the patient prints the certificate and hands it over. */
  noRecipient: 'Mottagare: patienten, som själv lämnar intyget vidare',
  patient: 'Patient',
  protectedIdentity:
    'Patienten har skyddade personuppgifter (sekretessmarkering). Namn och personnummer skrivs inte ut.',
  notAnswered: 'Ej angivet',
  issuer: 'Intygsutfärdare',
  unit: (name: string) => `Vårdenhet: ${name}`,
  address: (address: string) => `Adress: ${address}`,
  phone: (phone: string) => `Telefon: ${phone}`,
  careProvider: (name: string) => `Vårdgivare: ${name}`,
  doctor: (name: string) => `Läkare: ${name}`,
  notSigned: 'Intyget är inte signerat.',
  signed: (name: string, stockholmTime: string) => `Signerat elektroniskt av ${name} ${stockholmTime} (svensk tid)`,
  verifyHeading: 'Kontrollera intyget',
  verifyHelp: 'Skanna QR-koden eller öppna adressen för att se att intyget är utfärdat och att signaturen är giltig:',
  footer: (id: string) => `Intygs-id: ${id}`,
  page: (page: number, pages: number) => `Sida ${page} av ${pages}`,
} as const;
