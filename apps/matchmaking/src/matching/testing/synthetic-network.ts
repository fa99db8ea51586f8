import { PUBLISHABLE_OPPORTUNITY_TYPES, SECTORS, type HelixType, type Sector } from '@icn/contracts';
import type { OpportunityMatchingInput, OrganisationMatchingInput } from '../matching-profile';
import { SeededRandom, ZipfPicker } from './seeded-random';

/**
 * Synthetic organisations and opportunities for the random tests and the ranking benchmark. The
 * shape follows a real cleantech network: most members are SMEs, a few sectors, technologies and
 * countries are very common and the rest form a long tail (Zipf), and offers and needs are short
 * phrases built from technology words, with some needs naming a country ("Pilot sites in Germany").
 */

const COUNTRIES = ['DK', 'DE', 'FR', 'NL', 'SE', 'FI', 'NO', 'ES', 'IT', 'GB', 'BE', 'AT', 'PL', 'US', 'CA', 'CN', 'JP', 'KR', 'IN', 'BR', 'CH', 'IE', 'PT', 'CZ', 'EE', 'LT', 'SG', 'AU', 'ZA', 'MX'] as const;

const COMMON_TECHNOLOGIES = [
  'heat-pumps', 'solar-pv', 'wind-turbines', 'batteries', 'hydrogen-electrolysis', 'fuel-cells', 'smart-meters', 'lidar', 'iot-sensors',
  'machine-learning', 'digital-twins', 'biogas', 'anaerobic-digestion', 'water-treatment', 'membrane-filtration', 'desalination', 'led-lighting',
  'building-automation', 'district-cooling', 'thermal-storage', 'ev-charging', 'power-electronics', 'carbon-capture', 'biochar', 'composting',
  'plastic-recycling', 'battery-recycling', 'precision-farming', 'vertical-farming', 'air-filtration', 'leak-detection', 'geothermal',
  'offshore-wind', 'green-ammonia', 'grid-balancing', 'demand-response', 'energy-management-software', 'insulation-materials', 'smart-windows',
  'wastewater-sludge', 'heat-recovery', 'electric-ferries', 'micro-grids', 'blockchain-energy-trading', 'remote-sensing', 'drones',
] as const;

const TAIL_PREFIXES = ['bio', 'nano', 'thermo', 'hydro', 'agro', 'aero', 'electro', 'geo', 'photo', 'cryo', 'micro', 'macro'];
const TAIL_SUFFIXES = ['coatings', 'valves', 'sensors', 'catalysts', 'polymers', 'filters', 'pumps', 'controls', 'analytics', 'actuators', 'fibres', 'enzymes', 'turbines', 'modules', 'composites', 'membranes', 'inverters', 'robots', 'optics', 'foams'];

const OFFER_NOUNS = ['design', 'installation', 'consulting', 'testing', 'manufacturing', 'software', 'engineering', 'maintenance', 'research', 'pilot projects', 'training', 'financing'];
const NEED_NOUNS = ['Investors', 'Distributors', 'Pilot customers', 'Test facilities', 'Research partners', 'Suppliers', 'Engineering support', 'Funding'];
const MARKET_NEEDS = ['Distributors', 'Pilot sites', 'Customers', 'Installers', 'Market access'];

/** All technology tags, most common first: the common list then a long synthetic tail. */
const TECHNOLOGIES: readonly string[] = [...COMMON_TECHNOLOGIES, ...TAIL_PREFIXES.flatMap((prefix) => TAIL_SUFFIXES.map((suffix) => `${prefix}-${suffix}`))];

const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export class SyntheticNetwork {
  private readonly sectors = new ZipfPicker<Sector>(SECTORS, 0.8);
  private readonly technologies = new ZipfPicker<string>(TECHNOLOGIES, 1.0);
  private readonly countries = new ZipfPicker<string>(COUNTRIES, 0.9);

  constructor(private readonly random: SeededRandom) {}

  /** The cluster slugs of a country: two or three per country, as in the real network. */
  clustersOf(country: string): string[] {
    const count = 2 + (country.charCodeAt(0) % 2);
    return Array.from({ length: count }, (_, index) => `${country.toLowerCase()}-cluster-${index + 1}`);
  }

  organisation(index: number): OrganisationMatchingInput {
    const random = this.random;
    const country = this.countries.pick(random);
    const helixType = this.helixType();
    const technologies = this.technologies.pickDistinct(random, random.int(1, 6));
    const organisation: OrganisationMatchingInput = {
      organisationId: random.uuid(),
      clusterId: random.pick(this.clustersOf(country)),
      name: `Synthetic organisation ${String(index).padStart(6, '0')}`,
      helixType,
      country,
      sectors: this.sectors.pickDistinct(random, random.int(1, 4)),
      technologies,
      offers: Array.from({ length: random.int(1, 4) }, () => `${this.technologyWords(technologies)} ${random.pick(OFFER_NOUNS)}`),
      needs: Array.from({ length: random.int(1, 4) }, () => this.need(technologies)),
      status: this.status(),
    };
    if (helixType === 'company') organisation.companySize = random.chance(0.85) ? 'sme' : 'large';
    return organisation;
  }

  organisations(count: number): OrganisationMatchingInput[] {
    return Array.from({ length: count }, (_, index) => this.organisation(index));
  }

  /** A published opportunity with a deadline a month after `nowMs`, published by one of `publishers`. */
  opportunity(index: number, publishers: readonly Pick<OrganisationMatchingInput, 'organisationId' | 'clusterId'>[], nowMs: number): OpportunityMatchingInput {
    const random = this.random;
    const publisher = random.pick(publishers);
    return {
      opportunityId: random.uuid(),
      type: random.pick(PUBLISHABLE_OPPORTUNITY_TYPES),
      title: `Synthetic opportunity ${index}`,
      originClusterId: publisher.clusterId,
      publisher: random.chance(0.7) ? { subject: `user-${index}`, organisationId: publisher.organisationId } : { subject: `user-${index}` },
      sectors: this.sectors.pickDistinct(random, random.int(1, 3)),
      technologies: this.technologies.pickDistinct(random, random.int(0, 4)),
      targetCountries: random.chance(0.3) ? this.countries.pickDistinct(random, random.int(1, 3)) : [],
      targetClusterIds: random.chance(0.1) ? Array.from({ length: random.int(1, 3) }, () => random.pick(this.clustersOf(this.countries.pick(random)))) : [],
      targetHelixTypes: random.chance(0.2) ? [this.helixType()] : [],
      visibility: 'network',
      deadline: new Date(nowMs + 30 * 24 * 3600 * 1000).toISOString(),
      status: 'published',
    };
  }

  private helixType(): HelixType {
    const draw = this.random.next();
    if (draw < 0.72) return 'company';
    if (draw < 0.84) return 'research-institution';
    if (draw < 0.93) return 'public-authority';
    return 'other';
  }

  private status(): OrganisationMatchingInput['status'] {
    const draw = this.random.next();
    if (draw < 0.96) return 'active';
    return draw < 0.99 ? 'suspended' : 'left';
  }

  /** Words of one of the organisation's technologies, half the time; otherwise of a popular one. */
  private technologyWords(own: readonly string[]): string {
    const tag = this.random.chance(0.5) ? this.random.pick(own) : this.technologies.pick(this.random);
    return tag.replace(/-/g, ' ');
  }

  private need(own: readonly string[]): string {
    const random = this.random;
    const draw = random.next();
    if (draw < 0.25) return `${random.pick(MARKET_NEEDS)} in ${countryNames.of(this.countries.pick(random)) ?? 'Denmark'}`;
    if (draw < 0.6) return `${random.pick(NEED_NOUNS)} for ${this.technologyWords(own)}`;
    // Needing what others offer: the phrases that make complementary pairs.
    return `${this.technologyWords(own)} ${random.pick(OFFER_NOUNS)}`;
  }
}
