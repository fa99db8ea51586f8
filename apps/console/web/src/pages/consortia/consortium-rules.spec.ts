import { describe, expect, it } from '@jest/globals';
import type { ConsoleUser } from '../../app/session';
import { permissionsFor } from './consortium-permissions';
import type { Consortium, ConsortiumMember, ConsortiumStatus } from './consortium-types';
import { beneficiariesOf, budgetTotalEur, checkSplit } from './grant-split';

const LEAD = '00000000-0000-4000-8000-000000000001';
const PARTNER = '00000000-0000-4000-8000-000000000002';
const SUBCONTRACTOR = '00000000-0000-4000-8000-000000000003';
const INVITEE = '00000000-0000-4000-8000-000000000004';

function member(organisationId: string, clusterId: string, role: ConsortiumMember['role']): ConsortiumMember {
  return { organisationId, organisationName: `org ${organisationId.slice(-1)}`, clusterId, country: 'DK', helixType: 'company', role, joinedAt: '2026-01-01T00:00:00.000Z' };
}

function consortium(status: ConsortiumStatus): Consortium {
  return {
    consortiumId: '00000000-0000-4000-8000-0000000000c1',
    title: 'CLUSTER-GO',
    call: { source: 'manual', programme: 'COSME', topic: 'Go International', deadline: '2027-04-27T17:00:00.000Z' },
    rules: { minPartners: 3, minCountries: 2, requiredHelixTypes: [], minSmeSharePercent: 0 },
    status,
    coordinatorOrganisationId: LEAD,
    members: [member(LEAD, 'clean', 'coordinator'), member(PARTNER, 'tweed', 'partner'), member(SUBCONTRACTOR, 'tweed', 'subcontractor')],
    invitations: [
      {
        invitationId: '00000000-0000-4000-8000-0000000000a1',
        organisationId: INVITEE,
        organisationName: 'org 4',
        clusterId: 'nordic-edge',
        role: 'partner',
        status: 'pending',
        invitedBy: 'someone',
        invitedAt: '2026-01-01T00:00:00.000Z',
        expiresAt: '2026-01-15T00:00:00.000Z',
      },
    ],
    sections: [],
    budgetLines: [],
    createdBy: 'someone',
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

const admin: ConsoleUser = { subject: 'a', name: 'Admin', role: 'network-admin' };
const leadManager: ConsoleUser = { subject: 'm', name: 'Manager', role: 'cluster-manager', clusterId: 'clean' };
const partnerMember: ConsoleUser = { subject: 'p', name: 'Partner', role: 'member', clusterId: 'tweed', organisationId: PARTNER };
const inviteeMember: ConsoleUser = { subject: 'i', name: 'Invitee', role: 'member', clusterId: 'nordic-edge', organisationId: INVITEE };

describe('permissionsFor', () => {
  it('gives the coordinator side formation, planning, submission and outcomes, each in its status', () => {
    const forming = permissionsFor(leadManager, consortium('forming'));
    expect(forming).toMatchObject({ coordinatorSide: true, invite: true, planSections: true, startDrafting: true, submit: false, withdraw: true, recordOutcome: false });
    expect(forming.remove(member(PARTNER, 'tweed', 'partner'))).toBe(true);
    expect(forming.remove(member(LEAD, 'clean', 'coordinator'))).toBe(false);

    expect(permissionsFor(leadManager, consortium('drafting'))).toMatchObject({ startDrafting: false, submit: true, invite: true });
    expect(permissionsFor(admin, consortium('submitted'))).toMatchObject({ invite: false, planSections: false, recordOutcome: true, reserveList: true, withdraw: true });
    expect(permissionsFor(admin, consortium('reserve-list'))).toMatchObject({ recordOutcome: true, reserveList: false, withdraw: false });
    expect(permissionsFor(admin, consortium('granted'))).toMatchObject({ recordOutcome: false, withdraw: false, submit: false });
  });

  it('lets a partner leave, keep its own budget and sections, but not act for the consortium', () => {
    const permissions = permissionsFor(partnerMember, consortium('drafting'));
    expect(permissions).toMatchObject({ coordinatorSide: false, invite: false, submit: false, seePartnerSearches: true, requestPartnerSearch: false });
    expect(permissions.leave(member(PARTNER, 'tweed', 'partner'))).toBe(true);
    expect(permissions.setBudget(member(PARTNER, 'tweed', 'partner'))).toBe(true);
    expect(permissions.setBudget(member(LEAD, 'clean', 'coordinator'))).toBe(false);
    expect(permissions.setSectionStatus(PARTNER)).toBe(true);
    expect(permissions.setSectionStatus(LEAD)).toBe(false);
    expect(permissionsFor(partnerMember, consortium('submitted')).leave(member(PARTNER, 'tweed', 'partner'))).toBe(false);
  });

  it('lets an invitee answer its pending invitation and nothing else', () => {
    const permissions = permissionsFor(inviteeMember, consortium('forming'));
    const invitation = consortium('forming').invitations[0];
    expect(invitation !== undefined && permissions.answer(invitation)).toBe(true);
    expect(invitation !== undefined && permissions.answer({ ...invitation, status: 'expired' })).toBe(false);
    expect(permissions).toMatchObject({ coordinatorSide: false, seePartnerSearches: false, invite: false });
  });
});

describe('grant split', () => {
  it('splits among the coordinator and partners only', () => {
    expect(beneficiariesOf(consortium('submitted')).map((entry) => entry.organisationId)).toEqual([LEAD, PARTNER]);
  });

  it('says what is left to split, to the cent', () => {
    expect(checkSplit(450000, [90000, 360000])).toEqual({ allocatedEur: 450000, remainingEur: 0, balanced: true });
    expect(checkSplit(0.3, [0.1, 0.2])).toEqual({ allocatedEur: 0.3, remainingEur: 0, balanced: true });
    expect(checkSplit(450000, [90000, Number.NaN])).toEqual({ allocatedEur: 90000, remainingEur: 360000, balanced: false });
    expect(checkSplit(100, [60, 50]).remainingEur).toBe(-10);
  });

  it('adds budget lines without drift', () => {
    expect(budgetTotalEur([0.1, 0.2, 1000])).toBe(1000.3);
  });
});
