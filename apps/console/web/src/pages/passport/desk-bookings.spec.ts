import { describe, expect, it } from '@jest/globals';
import { bookedPerDay } from './desk-bookings';
import type { PassportApplication } from './labels';

function visit(applicationId: string, from: string, to: string): PassportApplication {
  return {
    applicationId,
    organisationId: '00000000-0000-4000-8000-000000000001',
    organisationName: 'Visitor',
    homeClusterId: 'clean',
    hostClusterId: 'tweed',
    targetCountry: 'BE',
    purpose: 'Meet integrators',
    from,
    to,
    services: ['desk-hosting'],
    status: 'accepted',
    submittedBy: 'member',
    keyContacts: [],
    version: 2,
    submittedAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-02T10:00:00.000Z',
  };
}

describe('desks booked per day', () => {
  it('counts one desk per visit on every day of its stay, both ends included', () => {
    const booked = bookedPerDay([visit('a', '2027-01-14', '2027-01-16'), visit('b', '2027-01-16', '2027-01-17')]);
    expect(Object.fromEntries(booked)).toEqual({ '2027-01-14': 1, '2027-01-15': 1, '2027-01-16': 2, '2027-01-17': 1 });
  });

  it('books nothing without visits', () => {
    expect(bookedPerDay([]).size).toBe(0);
  });
});
