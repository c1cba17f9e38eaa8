import { CARE_AND_TREATMENT, createHsaDirectory, type HsaData, type HsaDirectory, type HsaPerson } from './hsa.js';

/**
 * Test organisation and staff in the shape of Inera's fake HSA (`TSTNMT2321000156-ALFA.json` and
 * `bootstrap-person/*.json`, domain.md §8.5). All ids are test HSA ids; nothing here is a real person.
 */
const ALFA = 'TSTNMT2321000156';

export const PRIVATE_PRACTICE_UNIT_ID = 'TSTNMT2321000156-PRPU';

const LAKARE = { code: '201010', name: 'Överläkare' };
const SPECIALIST = { code: '201011', name: 'Specialistläkare' };

const commission = (unitId: string, ...purposes: string[]) => ({
  unitId,
  name: `Medarbetaruppdrag ${unitId}`,
  purposes: purposes.length > 0 ? purposes : [CARE_AND_TREATMENT],
});

const person = (fields: Partial<HsaPerson> & Pick<HsaPerson, 'hsaId' | 'givenName' | 'familyName'>): HsaPerson => ({
  titles: [],
  positions: [],
  specialities: [],
  licensedProfessions: [],
  commissions: [],
  ...fields,
});

export const HSA_TEST_DATA: HsaData = {
  careProviders: [
    {
      careProviderId: `${ALFA}-ALFA`,
      careProviderName: 'Alfa Regionen',
      units: [
        {
          unitId: `${ALFA}-ALVC`,
          unitName: 'Alfa Vårdcentral',
          workplaceCode: '1234567890',
          address: 'Storgatan 1',
          zipCode: '12345',
          city: 'Småmåla',
          phone: '0101234567',
          email: 'alfa.vardcentral@example.invalid',
          subUnits: [{ unitId: `${ALFA}-ALLM`, unitName: 'Alfa Läkarmottagningen' }],
        },
        {
          unitId: `${ALFA}-ALMC`,
          unitName: 'Beta Mottagning',
          workplaceCode: '1234567891',
          address: 'Lillgatan 2',
          zipCode: '12346',
          city: 'Småmåla',
          phone: '0107654321',
          email: 'beta.mottagning@example.invalid',
          subUnits: [
            { unitId: `${ALFA}-ALAM`, unitName: 'Alfa Allergimottagningen' },
            { unitId: `${ALFA}-ALHM`, unitName: 'Alfa Hudmottagningen' },
            { unitId: `${ALFA}-ALIM`, unitName: 'Alfa Infektionsmottagningen' },
          ],
        },
        {
          unitId: `${ALFA}-ALTC`,
          unitName: 'Alfa Tandvårdscentral',
          workplaceCode: '1234567892',
          address: 'Tandvägen 7',
          zipCode: '12347',
          city: 'Småmåla',
          phone: '0101112233',
          email: 'alfa.tandvard@example.invalid',
          subUnits: [
            { unitId: `${ALFA}-ALBM`, unitName: 'Alfa Barntandvården' },
            { unitId: `${ALFA}-ALKM`, unitName: 'Alfa Käkkirurgiska mottagningen' },
          ],
        },
      ],
    },
    {
      careProviderId: `${ALFA}-PRIV`,
      careProviderName: 'Petra Privats Läkarpraktik AB',
      units: [
        {
          unitId: PRIVATE_PRACTICE_UNIT_ID,
          unitName: 'Petra Privats Läkarpraktik',
          workplaceCode: '1234567899',
          address: 'Privatvägen 4',
          zipCode: '12350',
          city: 'Småmåla',
          phone: '0109998877',
          email: 'petra.privat@example.invalid',
          subUnits: [],
        },
      ],
    },
  ],
  persons: [
    person({
      hsaId: `${ALFA}-DRAA`,
      givenName: 'Ajla',
      familyName: 'Doktor',
      titles: ['Läkare'],
      positions: [LAKARE],
      specialities: [{ code: '1100', name: 'Allmänmedicin' }],
      prescriberCode: '1234567',
      licensedProfessions: ['Läkare'],
      commissions: [commission(`${ALFA}-ALVC`)],
    }),
    person({
      hsaId: `${ALFA}-SJAN`,
      givenName: 'Anna',
      familyName: 'Sjuksköterska',
      titles: ['Sjuksköterska'],
      positions: [{ code: '206010', name: 'Sjuksköterska' }],
      licensedProfessions: ['Sjuksköterska'],
      commissions: [commission(`${ALFA}-ALVC`)],
    }),
    person({
      hsaId: `${ALFA}-VAVE`,
      givenName: 'Vera',
      familyName: 'Vårdadministratör',
      titles: ['Vårdadministratör'],
      positions: [{ code: '209010', name: 'Vårdadministratör' }],
      commissions: [commission(`${ALFA}-ALVC`)],
    }),
    person({
      hsaId: `${ALFA}-DRBE`,
      givenName: 'Beata',
      familyName: 'Doktor',
      titles: ['Läkare'],
      positions: [SPECIALIST],
      specialities: [{ code: '1500', name: 'Hud- och könssjukdomar' }],
      prescriberCode: '7654321',
      licensedProfessions: ['Läkare'],
      commissions: [commission(`${ALFA}-ALMC`)],
    }),
    person({
      hsaId: `${ALFA}-BMBE`,
      givenName: 'Bertil',
      familyName: 'Barnmorska',
      titles: ['Barnmorska'],
      positions: [{ code: '206020', name: 'Barnmorska' }],
      licensedProfessions: ['Barnmorska', 'Sjuksköterska'],
      commissions: [commission(`${ALFA}-ALMC`)],
    }),
    person({
      hsaId: `${ALFA}-TLTA`,
      givenName: 'Tage',
      familyName: 'Tandläkare',
      titles: ['Tandläkare'],
      positions: [{ code: '202010', name: 'Tandläkare' }],
      specialities: [{ code: '4100', name: 'Käkkirurgi' }],
      prescriberCode: '2345678',
      licensedProfessions: ['Tandläkare'],
      commissions: [commission(`${ALFA}-ALTC`)],
    }),
    person({
      hsaId: `${ALFA}-DRDD`,
      givenName: 'Dag',
      familyName: 'Dubbeldoktor',
      titles: ['Läkare'],
      positions: [LAKARE],
      specialities: [{ code: '1100', name: 'Allmänmedicin' }],
      prescriberCode: '3456789',
      licensedProfessions: ['Läkare'],
      // Two units with care and treatment; the third commission is for administration only and gives no access.
      commissions: [
        commission(`${ALFA}-ALVC`),
        commission(`${ALFA}-ALMC`, 'Administration'),
        commission(`${ALFA}-ALTC`),
      ],
    }),
    person({
      hsaId: `${ALFA}-ATAL`,
      givenName: 'Alma',
      familyName: 'AT-läkare',
      titles: ['AT-läkare'],
      // No licence yet: the befattningskod for AT makes her a doctor.
      positions: [{ code: '204010', name: 'Läkare - AT' }],
      commissions: [commission(`${ALFA}-ALVC`)],
    }),
    person({
      hsaId: `${ALFA}-LESV`,
      givenName: 'Lena',
      familyName: 'Svensson',
      titles: ['Läkare'],
      positions: [LAKARE],
      licensedProfessions: ['Läkare'],
      // Commissions exist, but none for care and treatment: login is refused.
      commissions: [commission(`${ALFA}-ALVC`, 'Administration', 'Statistik')],
    }),
  ],
};

export function createTestHsaDirectory(): HsaDirectory {
  return createHsaDirectory(HSA_TEST_DATA);
}
