import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from './actor.js';
import { evaluateUnitPrivilege } from './subject-guards.js';

const actor = (role: Role): Actor => ({
  userId: role,
  hsaId: `HSA-${role}`,
  name: role,
  role,
  unitId: 'unit-a',
  careProviderId: 'cp-1',
});

describe("the unit's privileges", () => {
  it('lets signers and care administrators manage webhooks, and refuses nurses and midwives with the reason', () => {
    const allowed = ROLES.filter((role) => evaluateUnitPrivilege(actor(role), 'manageWebhooks').allowed);
    expect(allowed).toEqual(['doctor', 'privateDoctor', 'dentist', 'careAdmin']);
    const refused = evaluateUnitPrivilege(actor('nurse'), 'manageWebhooks');
    expect(refused.reasons).toEqual([
      {
        code: 'roleLacksPrivilege',
        message: {
          sv: 'Endast läkare, tandläkare, privatläkare och vårdadministratörer får hantera enhetens webhooks.',
          en: "Only a doctor, dentist, private doctor or care administrator may manage the unit's webhooks.",
        },
      },
    ]);
  });
});
