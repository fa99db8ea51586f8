import { DomainValidationError } from '@icn/platform';
import { ProgrammeRegistered, ProgrammeUpdated } from '@icn/contracts';
import { aProgramme, aProgrammeDefinition, NOW, onlyValidEventOf } from '../../applications/testing/network.fixtures';
import { callWindowPhase, registerProgramme, updateProgramme } from './programme';

describe('programme', () => {
  it('is registered with its sets sorted and deduplicated, and emits a valid ProgrammeRegistered', () => {
    const change = registerProgramme(
      '5b3f3c8e-7a0e-4a4e-9d55-0c1f6f0b8a11',
      { partnerId: '0c1f6f0b-7a0e-4a4e-9d55-5b3f3c8e8a11', name: 'C40 Cities' },
      aProgrammeDefinition({ eligibility: { sectors: ['smart-cities', 'energy-efficiency', 'smart-cities'], helixTypes: ['company'], countries: ['NO', 'DK'] } }),
      NOW,
    );
    expect(change.state).toMatchObject({ partnerName: 'C40 Cities', version: 1, eligibility: { sectors: ['energy-efficiency', 'smart-cities'], countries: ['DK', 'NO'] } });
    expect(onlyValidEventOf(change).definition).toBe(ProgrammeRegistered);
  });

  it('refuses a window that closes before it opens, and a requirement key given twice (400 naming the field)', () => {
    const backwards = aProgrammeDefinition({ callWindow: { opensAt: '2027-03-01T00:00:00.000Z', closesAt: '2027-03-01T00:00:00.000Z' } });
    expect(() => registerProgramme('id', { partnerId: 'p', name: 'C40' }, backwards, NOW)).toThrow(DomainValidationError);
    const twice = aProgrammeDefinition({ requirements: [{ key: 'pitch', title: 'Pitch' }, { key: 'pitch', title: 'Pitch again' }] });
    expect(() => registerProgramme('id', { partnerId: 'p', name: 'C40' }, twice, NOW)).toThrow(/pitch is given twice/);
  });

  it('an update that changes nothing is no change; one that does is one version and a valid ProgrammeUpdated', () => {
    const programme = aProgramme();
    expect(updateProgramme(programme, programme.partnerName, aProgrammeDefinition(), NOW)).toBeNull();
    const extended = updateProgramme(programme, programme.partnerName, aProgrammeDefinition({ callWindow: { opensAt: '2027-01-15T00:00:00.000Z', closesAt: '2027-04-30T17:00:00.000Z' } }), NOW);
    expect(extended?.state).toMatchObject({ version: 2, callWindow: { closesAt: '2027-04-30T17:00:00.000Z' }, registeredAt: programme.registeredAt, updatedAt: NOW.toISOString() });
    expect(extended && onlyValidEventOf(extended).definition).toBe(ProgrammeUpdated);
    expect(updateProgramme(programme, 'C40 Cities Climate Leadership Group', aProgrammeDefinition(), NOW)?.state.partnerName).toBe('C40 Cities Climate Leadership Group');
  });

  it('knows where its call stands: upcoming before opensAt, open until closesAt (exclusive), then closed', () => {
    const window = { opensAt: '2027-01-15T00:00:00.000Z', closesAt: '2027-03-31T17:00:00.000Z' };
    expect(callWindowPhase(window, new Date('2027-01-14T23:59:59.999Z'))).toBe('upcoming');
    expect(callWindowPhase(window, new Date(window.opensAt))).toBe('open');
    expect(callWindowPhase(window, new Date('2027-03-31T16:59:59.999Z'))).toBe('open');
    expect(callWindowPhase(window, new Date(window.closesAt))).toBe('closed');
  });
});
