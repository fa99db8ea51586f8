import type { CompanySize, HelixType, Sector } from '@icn/contracts';

export interface SeedOrganisation {
  /** Stable handle for the Idempotency-Key. */
  key: string;
  clusterId: string;
  name: string;
  helixType: HelixType;
  companySize?: CompanySize;
  country: string;
  city: string;
  description: string;
  sectors: Sector[];
  technologies: string[];
  offers: string[];
  needs: string[];
  trl?: number;
  contacts: { name: string; role: string; email: string }[];
}

/**
 * Fictional demo members, every one named `[DEMO] …` and reachable only at example.org, so nobody
 * mistakes them for real organisations. Together they cover every helix type and company size.
 */
export const SEED_ORGANISATIONS: readonly SeedOrganisation[] = [
  demo('cph-heat', 'clean', '[DEMO] Copenhagen Heat Pumps ApS', 'company', 'sme', 'DK', 'Copenhagen', 'Large heat pumps for district heating networks.',
    ['district-heating', 'energy-efficiency'], ['heat-pumps', 'waste-heat-recovery'], ['Heat pumps up to 10 MW', 'Feasibility studies'], ['Partners in Germany and Poland'], 8),
  demo('roskilde-climate', 'clean', '[DEMO] Roskilde Climate Office', 'public-authority', undefined, 'DK', 'Roskilde', 'Municipal climate unit running retrofit pilots.',
    ['buildings', 'climate-adaptation'], ['deep-retrofit'], ['Pilot sites for building retrofits'], ['Suppliers of retrofit solutions'], undefined),
  demo('liege-h2', 'tweed', '[DEMO] Liège Hydrogen Lab', 'research-institution', undefined, 'BE', 'Liège', 'University lab for electrolysis and hydrogen storage.',
    ['hydrogen', 'energy-storage'], ['electrolysers', 'fuel-cells'], ['Test benches for electrolysers'], ['Industrial partners for Horizon Europe'], 4),
  demo('walloon-storage', 'tweed', '[DEMO] Walloon Storage Systems SA', 'company', 'large', 'BE', 'Charleroi', 'Grid-scale battery systems integrator.',
    ['energy-storage', 'smart-grids'], ['lithium-ion-storage', 'grid-balancing'], ['Turnkey battery parks'], ['Pilot sites in the Nordics'], 9),
  demo('stavanger-sandbox', 'nordic-edge', '[DEMO] Stavanger Mobility Sandbox', 'public-authority', undefined, 'NO', 'Stavanger', 'City test arena for autonomous and electric mobility.',
    ['mobility', 'smart-cities'], ['autonomous-shuttles'], ['Public test arena'], ['Mobility start-ups to test with'], undefined),
  demo('fjordsense', 'nordic-edge', '[DEMO] Fjordsense AS', 'company', 'sme', 'NO', 'Stavanger', 'Sensor networks for urban air quality.',
    ['digital-cleantech', 'air-quality'], ['iot-sensors', 'lidar'], ['Air quality monitoring as a service'], ['City customers outside Norway'], 7),
  demo('delta-water', 'clean-tech-delta', '[DEMO] Delta Water Robotics BV', 'company', 'sme', 'NL', 'Delft', 'Inspection robots for sewers and water mains.',
    ['water', 'climate-adaptation'], ['pipe-inspection-robots'], ['Robotic inspection of water networks'], ['Utilities for pilots', 'Series A funding'], 6),
  demo('port-circularity', 'clean-tech-delta', '[DEMO] Rotterdam Port Circularity Foundation', 'other', undefined, 'NL', 'Rotterdam', 'Non-profit matching port waste streams with recyclers.',
    ['circular-economy', 'waste-and-recycling'], ['material-passports'], ['Waste stream data', 'Industrial symbiosis brokering'], ['Recycling technology providers'], undefined),
  demo('malmo-biogas', 'sustainable-business-hub', '[DEMO] Malmö Biogas Cooperative', 'other', undefined, 'SE', 'Malmö', 'Farmers\u2019 cooperative upgrading manure to biogas.',
    ['bioeconomy', 'agri-food'], ['anaerobic-digestion'], ['Biomethane supply'], ['Upgrading technology', 'Offtakers for biomethane'], 9),
  demo('oresund-buildings', 'sustainable-business-hub', '[DEMO] Øresund Building Research Institute', 'research-institution', undefined, 'SE', 'Lund', 'Applied research on low-carbon buildings.',
    ['buildings', 'energy-efficiency'], ['timber-construction', 'building-energy-modelling'], ['Building energy simulations'], ['Demonstration buildings in Denmark'], 5),
];

function demo(
  key: string,
  clusterId: string,
  name: string,
  helixType: HelixType,
  companySize: CompanySize | undefined,
  country: string,
  city: string,
  description: string,
  sectors: Sector[],
  technologies: string[],
  offers: string[],
  needs: string[],
  trl: number | undefined,
): SeedOrganisation {
  const contact = { name: 'Demo Contact', role: 'Demo account', email: `${key}@example.org` };
  return { key, clusterId, name, helixType, companySize, country, city, description, sectors, technologies, offers, needs, trl, contacts: [contact] };
}
