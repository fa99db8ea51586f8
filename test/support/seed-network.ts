import { randomBytes } from 'node:crypto';
import { expectStatus, type HttpClient } from './http-client';
import { DAY_MS, dayFromToday } from './seed-objects';
import { waitFor } from './wait-for';

/**
 * The network service's objects for scenarios that need one of each to point at (the cross-tenant
 * matrix, the fuzz run): a partner, its programme, a submitted application of a member
 * organisation, and a network event with that organisation's registration.
 */
export interface NetworkObjects {
  partnerId: string;
  programmeId: string;
  /** Submitted: waiting for its cluster manager's endorsement. */
  applicationId: string;
  eventId: string;
  registrationId: string;
  /** Personal data of the registration, only for those who may read its organisation's cluster. */
  participantName: string;
}

export interface NetworkSeedInput {
  /** Clients of the network service acting as the secretariat, the host cluster's manager and the applicant's member. */
  admin: HttpClient;
  hostManager: HttpClient;
  applicant: HttpClient;
  hostClusterId: string;
  organisationId: string;
  /** The countries the programme admits (the applicant's must be among them). */
  eligibleCountries: string[];
}

/** Creates one object of each kind; waits until the applicant's organisation is in network's directory. */
export async function seedNetworkObjects(input: NetworkSeedInput): Promise<NetworkObjects> {
  const { admin, hostManager, applicant, hostClusterId, organisationId } = input;
  const tag = randomBytes(3).toString('hex');
  const partnerId = expectStatus(
    await admin.post<{ partnerId: string }>('/partners', { name: `Urban Future Lab ${tag}`, website: 'https://www.ufl.nyc', country: 'US' }),
    201,
    'POST /partners',
  ).partnerId;
  const programmeId = expectStatus(
    await admin.post<{ programmeId: string }>('/programmes', {
      partnerId,
      title: `City solutions ${tag}`,
      eligibility: { sectors: [], helixTypes: ['company'], countries: input.eligibleCountries },
      callWindow: { opensAt: new Date(Date.now() - DAY_MS).toISOString(), closesAt: new Date(Date.now() + 60 * DAY_MS).toISOString() },
      requirements: [{ key: 'solution-summary', title: 'Solution summary' }],
    }),
    201,
    'POST /programmes',
  ).programmeId;
  // The organisation reaches network's directory through membership's topic: 404 until it has.
  const applicationId = await waitFor(
    async () => {
      const response = await applicant.post<{ applicationId: string }>('/applications', { programmeId, answers: [{ requirementKey: 'solution-summary', text: 'Heat pumps for district heating.' }] });
      return response.status === 201 ? response.body.applicationId : undefined;
    },
    { timeoutMs: 60_000, description: `POST /applications for ${organisationId} (the organisation in network's directory)` },
  );
  expectStatus(await applicant.post(`/applications/${applicationId}/submit`, {}), 200, 'POST /applications/{id}/submit');

  const eventId = expectStatus(
    await hostManager.post<{ eventId: string }>('/network-events', {
      kind: 'workshop',
      title: `Cluster workshop ${tag}`,
      description: 'District heating across borders.',
      hostClusterId,
      place: { venue: 'Urban Future Lab', city: 'New York', country: 'US' },
      from: dayFromToday(20),
      to: dayFromToday(21),
      timeZone: 'America/New_York',
      capacity: 10,
    }),
    201,
    'POST /network-events',
  ).eventId;
  const participantName = `Participant ${tag}`;
  const registered = expectStatus(
    await applicant.post<{ registrations: { registrationId: string; participantName: string }[] }>(`/network-events/${eventId}/registrations`, { organisationId, participantName }),
    201,
    'POST /network-events/{id}/registrations',
  );
  const registrationId = registered.registrations.find((registration) => registration.participantName === participantName)?.registrationId;
  if (registrationId === undefined) throw new Error('the registration is not in the event');
  return { partnerId, programmeId, applicationId, eventId, registrationId, participantName };
}
