import { annualReport } from './annual-report';
import { applications } from './applications';
import { common } from './common';
import { consortia } from './consortia';
import { feed } from './feed';
import { matchmaking } from './matchmaking';
import { members } from './members';
import { missions } from './missions';
import { networkEvents } from './network-events';
import { operations } from './operations';
import { opportunities } from './opportunities';
import { partners } from './partners';
import { passport } from './passport';
import { statistics } from './statistics';
import { subscriptions } from './subscriptions';

/** The English catalogue: one section per page, merged (keys are prefixed by their page). */
export const en = {
  ...common,
  ...feed,
  ...opportunities,
  ...subscriptions,
  ...members,
  ...matchmaking,
  ...passport,
  ...missions,
  ...consortia,
  ...partners,
  ...applications,
  ...networkEvents,
  ...annualReport,
  ...statistics,
  ...operations,
} as const;
