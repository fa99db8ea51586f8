import type { NotificationKind, NotificationV1, OpportunitySnapshotV1 } from '@icn/contracts';

let seq = 0;

/** A notification as the feed holds it; `overrides.opportunity` is merged into a typical tender. */
export function aNotification(
  kind: NotificationKind,
  createdAt: string,
  overrides: Partial<Omit<NotificationV1, 'opportunity'>> & { opportunity?: Partial<OpportunitySnapshotV1> } = {},
): NotificationV1 {
  seq += 1;
  const { opportunity, ...rest } = overrides;
  const opportunityId = opportunity?.opportunityId ?? `0b5c9a3e-1d2f-4e6a-8b7c-${String(seq).padStart(12, '0')}`;
  return {
    notificationId: `ntf_${String(seq).padStart(32, '0')}`,
    subscriptionId: '0f8e6d1c-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
    seq,
    subscriber: { kind: 'organisation', clusterId: 'clean', organisationId: '5a4b3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c1d' },
    kind,
    createdAt,
    ...rest,
    opportunity: {
      opportunityId,
      type: 'tender',
      title: `District heating retrofit ${seq}`,
      description: 'Heat pump retrofit of a municipal district heating network.',
      originClusterId: 'clean',
      publisher: { subject: 'manager-clean', organisationId: '9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b' },
      sectors: ['district-heating'],
      technologies: ['heat-pumps'],
      targetCountries: [],
      targetClusterIds: [],
      targetHelixTypes: [],
      value: { amount: 250000, currency: 'EUR' },
      deadline: '2027-01-15T16:00:00.000Z',
      links: [],
      visibility: 'network',
      status: 'published',
      version: 2,
      createdAt,
      publishedAt: createdAt,
      updatedAt: createdAt,
      ...opportunity,
    },
  };
}
