import { expect, it } from 'vitest';
import { forEachDialect } from './test-support/dialects.js';
import { makeCertificate, makeEvent, signed, uniqueUnitId } from './test-support/fixtures.js';

forEachDialect("store: who created and who signed the unit's certificates", (t) => {
  it('names each creator and each signer once, by name, within the scope only', async () => {
    const unit = { ...makeCertificate().unit, unitId: uniqueUnitId() };
    const anna = { userId: 'anna', hsaId: 'TSTNMT2321000156-SJAN', name: 'Anna Sjuksköterska' };
    const ajla = { userId: 'ajla', hsaId: 'TSTNMT2321000156-DRAA', name: 'Ajla Doktor' };
    const beata = { userId: 'beata', hsaId: 'TSTNMT2321000156-DRBE', name: 'Beata Doktor' };
    const byAnna = makeCertificate({ unit, createdBy: anna });
    // Written by the nurse, signed by the doctor.
    const ajlaSigned = {
      ...signed(makeCertificate({ unit, createdBy: anna }), '2024-03-02T08:00:00.000Z'),
      signedBy: ajla,
    };
    const byAjla = makeCertificate({ unit, createdBy: ajla });
    // Another unit's: Beata is no one at this unit.
    const elsewhere = signed(makeCertificate({ createdBy: beata }), '2024-03-02T08:00:00.000Z');
    for (const certificate of [byAnna, ajlaSigned, byAjla, elsewhere]) {
      await t.store.insertCertificate(certificate, makeEvent('created'));
    }

    expect(await t.store.listCertificateIssuers({ unitIds: [unit.unitId] })).toEqual({
      creators: [
        { userId: 'ajla', name: 'Ajla Doktor' },
        { userId: 'anna', name: 'Anna Sjuksköterska' },
      ],
      signers: [{ userId: 'ajla', name: 'Ajla Doktor' }],
    });
    expect(await t.store.listCertificateIssuers({ unitIds: [uniqueUnitId()] })).toEqual({ creators: [], signers: [] });
  });
});
