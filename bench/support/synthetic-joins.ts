import { randomUUID } from 'node:crypto';
import type { Change } from '@icn/messaging';
import type { OrganisationState } from '../../apps/membership/src/organisations/domain/organisation';
import { joinOrganisation } from '../../apps/membership/src/organisations/domain/organisation-membership';
import { SeededRandom } from '../../apps/matchmaking/src/matching/testing/seeded-random';
import { SyntheticNetwork } from '../../apps/matchmaking/src/matching/testing/synthetic-network';

/**
 * Organisations joining, decided by membership's own domain function (`joinOrganisation`: state at
 * version 1 and its OrganisationJoined event), with profiles shaped like a real cleantech network
 * (matchmaking's SyntheticNetwork: Zipf-distributed sectors, technologies and countries, offers and
 * needs as short phrases). A seeded store and produced events therefore carry what POST /organisations
 * would have produced, and matchmaking's index sees a realistic spread of terms.
 */
export class SyntheticJoins {
  private readonly network: SyntheticNetwork;
  private next = 0;

  /** `clusterId` puts every organisation in one cluster (countable); otherwise the network's clusters. */
  constructor(
    seed: number,
    private readonly clusterId?: string,
  ) {
    this.network = new SyntheticNetwork(new SeededRandom(seed));
  }

  /** The next `count` joins; ids are fresh UUIDs, so runs never collide on a shared topic. */
  take(count: number, now = new Date()): Change<OrganisationState>[] {
    return Array.from({ length: count }, () => this.join(this.next++, now));
  }

  private join(index: number, now: Date): Change<OrganisationState> {
    const synthetic = this.network.organisation(index);
    const organisationId = randomUUID();
    return joinOrganisation({
      organisationId,
      clusterId: this.clusterId ?? synthetic.clusterId,
      profile: {
        name: synthetic.name,
        helixType: synthetic.helixType,
        ...(synthetic.companySize === undefined ? {} : { companySize: synthetic.companySize }),
        country: synthetic.country,
        sectors: synthetic.sectors,
        technologies: synthetic.technologies,
        offers: synthetic.offers,
        needs: synthetic.needs,
        ...(index % 3 === 0 ? { city: `City ${index % 97}` } : {}),
        ...(index % 4 === 1 ? { website: `https://org-${index}.example.com` } : {}),
        ...(index % 5 !== 2 ? { description: `${synthetic.name}: ${synthetic.offers[0] ?? 'cleantech'}.` } : {}),
        ...(index % 2 === 1 ? { trl: (index % 9) + 1 } : {}),
      },
      contacts: [{ contactId: randomUUID(), name: `Contact ${index}`, email: `contact-${index}@org-${index}.example.com` }],
      now,
    });
  }
}
