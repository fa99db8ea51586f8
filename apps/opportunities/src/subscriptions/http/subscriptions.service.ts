import type { EmailChannelV1, SubscriberV1 } from '@icn/contracts';
import { decodeKeysetCursor, DomainConflictError, DomainNotFoundError, encodeKeysetCursor, RequestValidationException, type Principal } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { MembershipDirectory } from '../../directory/persistence/membership-directory';
import { WebhookTargetGuard } from '../../webhooks/target/webhook-target.guard';
import { assertCanManageSubscriber, defaultSubscriber, listScope } from '../domain/subscriber-scope';
import type { SubscriptionState } from '../domain/subscription';
import {
  createSubscription,
  deleteSubscription,
  editSubscription,
  enableWebhook,
  recordWebhookDelivery,
  rotateWebhookSecret,
  type SubscriptionChangeResult,
} from '../domain/subscription-changes';
import { SubscriptionAggregate } from '../persistence/subscription.aggregate';
import { SubscriptionRepository } from '../persistence/subscription.repository';
import type { CreateSubscriptionDto } from './dto/create-subscription.dto';
import type { EmailChannelDto } from './dto/email-channel.dto';
import type { UpdateSubscriptionDto } from './dto/update-subscription.dto';

/** What a command returns: the state and the secrets to show once. */
export type SubscriptionOutcome = Pick<SubscriptionChangeResult, 'state' | 'webhookSecret' | 'calendarToken'>;

export interface SubscriptionPage {
  items: SubscriptionState[];
  nextCursor: string | null;
}

/** Subscription commands: scope check on the newest stored subscriber, decide, commit through the write path. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly repository: SubscriptionRepository,
    private readonly aggregate: SubscriptionAggregate,
    private readonly webhookTargets: WebhookTargetGuard,
    private readonly directory: MembershipDirectory,
  ) {}

  async create(principal: Principal, dto: CreateSubscriptionDto): Promise<SubscriptionChangeResult> {
    const subscriber: SubscriberV1 | undefined = dto.subscriber
      ? { kind: dto.subscriber.kind, clusterId: dto.subscriber.clusterId, ...(dto.subscriber.kind === 'organisation' ? { organisationId: dto.subscriber.organisationId } : {}) }
      : defaultSubscriber(principal);
    if (!subscriber) throw new RequestValidationException([{ field: 'subscriber', reason: 'is required for a network admin' }]);
    assertCanManageSubscriber(principal, subscriber);
    await this.assertWebhookTargetAllowed(dto.channels?.webhook?.url);
    const email = dto.channels?.email ? await this.emailChannel(subscriber, dto.channels.email) : undefined;
    return this.aggregate.create(
      createSubscription({
        subscriptionId: randomUUID(),
        subscriber,
        name: dto.name,
        filters: dto.filters,
        webhookUrl: dto.channels?.webhook?.url,
        calendar: dto.channels?.calendar,
        email,
        createdBy: principal.subject,
        now: new Date().toISOString(),
      }),
    );
  }

  /** Loads a live subscription the caller may manage: 404 if absent or deleted, 403 if someone else's. */
  async get(principal: Principal, subscriptionId: string): Promise<SubscriptionState> {
    // The newest state: a subscription just changed on another replica must not read as it was.
    const state = await this.aggregate.find(subscriptionId);
    return assertManageable(principal, subscriptionId, state !== null && !state.deleted ? state : null);
  }

  async list(principal: Principal, clusterId: string | undefined, limit: number, cursor?: string): Promise<SubscriptionPage> {
    const scope = listScope(principal);
    const filter = principal.role === 'network-admin' && clusterId ? { clusterId } : scope;
    // Pages are in id order, so the id is both the keyset key and its tie-breaker.
    const after = decodeKeysetCursor(cursor);
    const rows = await this.repository.list(filter, limit + 1, after?.id);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? encodeKeysetCursor({ key: last.subscriptionId, id: last.subscriptionId }) : null };
  }

  async update(principal: Principal, subscriptionId: string, dto: UpdateSubscriptionDto): Promise<SubscriptionOutcome> {
    await this.assertWebhookTargetAllowed(dto.channels?.webhook?.url ?? undefined);
    const emailDto = dto.channels?.email;
    // The recipients are checked against the subscriber as stored (the subscriber never changes).
    const email = emailDto ? await this.emailChannel((await this.get(principal, subscriptionId)).subscriber, emailDto) : emailDto;
    return this.change(principal, subscriptionId, (current, now) =>
      editSubscription(
        current,
        {
          name: dto.name,
          filters: dto.filters,
          webhookUrl: dto.channels?.webhook === null ? null : dto.channels?.webhook?.url,
          calendar: dto.channels?.calendar,
          email,
        },
        now,
      ),
    );
  }

  /**
   * E-mail goes to people of the subscribing organisation: its contacts as membership publishes
   * them (the directory read model), chosen by the subscriber. A cluster subscription has no
   * contacts of its own, so it has no e-mail channel.
   */
  private async emailChannel(subscriber: SubscriberV1, dto: EmailChannelDto): Promise<EmailChannelV1> {
    if (subscriber.kind !== 'organisation' || !subscriber.organisationId) {
      throw new RequestValidationException([{ field: 'channels.email', reason: 'needs an organisation subscriber (the recipients are its contacts)' }]);
    }
    const contacts = await this.directory.findContacts(subscriber.organisationId);
    const unknown = dto.recipients.filter((recipient) => !(recipient in contacts));
    if (unknown.length > 0) {
      throw new RequestValidationException([{ field: 'channels.email.recipients', reason: `not contacts of the subscribing organisation: ${unknown.join(', ')}` }]);
    }
    return {
      recipients: [...dto.recipients],
      cadence: dto.cadence,
      timeZone: dto.timeZone,
      hour: dto.hour,
      ...(dto.cadence === 'weekly' && dto.weekday !== undefined ? { weekday: dto.weekday } : {}),
      ...(dto.priority && (dto.priority.deadlineWithinDays !== undefined || dto.priority.recommendedMinScore !== undefined)
        ? {
            priority: {
              ...(dto.priority.deadlineWithinDays !== undefined ? { deadlineWithinDays: dto.priority.deadlineWithinDays } : {}),
              ...(dto.priority.recommendedMinScore !== undefined ? { recommendedMinScore: dto.priority.recommendedMinScore } : {}),
            },
          }
        : {}),
    };
  }

  async delete(principal: Principal, subscriptionId: string): Promise<void> {
    await this.change(principal, subscriptionId, (current, now) => deleteSubscription(current, now));
  }

  enableWebhook(principal: Principal, subscriptionId: string): Promise<SubscriptionOutcome> {
    return this.change(principal, subscriptionId, (current, now) => {
      if (!current.channels.webhook) throw new DomainConflictError('this subscription has no webhook');
      return enableWebhook(current, now);
    });
  }

  rotateWebhookSecret(principal: Principal, subscriptionId: string): Promise<SubscriptionOutcome> {
    return this.change(principal, subscriptionId, (current, now) => {
      if (!current.channels.webhook) throw new DomainConflictError('this subscription has no webhook');
      return rotateWebhookSecret(current, now);
    });
  }

  /**
   * The webhook worker's bookkeeping: a success resets the failure count, persistent failure
   * disables the webhook (event). Resolves true when this outcome disabled it.
   */
  async recordWebhookOutcome(subscriptionId: string, succeeded: boolean, disableAfter: number): Promise<boolean> {
    const { committed } = await this.aggregate.change(subscriptionId, (current) =>
      current === null ? null : recordWebhookDelivery(current, succeeded, disableAfter, new Date().toISOString()),
    );
    // Only disabling publishes an event; a counter that moved is silent.
    return committed !== null && committed.events.length > 0;
  }

  /** Internal targets (loopback, private, metadata …) are refused here and again before every delivery. */
  private async assertWebhookTargetAllowed(url: string | undefined): Promise<void> {
    if (url === undefined) return;
    const problem = await this.webhookTargets.registrationProblem(url);
    if (problem !== null) throw new RequestValidationException([{ field: 'channels.webhook.url', reason: problem }]);
  }

  /** Scope-check the newest state, decide, commit (decided again on a newer state if another writer won). */
  private async change(
    principal: Principal,
    subscriptionId: string,
    decide: (current: SubscriptionState, now: string) => SubscriptionChangeResult | null,
  ): Promise<SubscriptionOutcome> {
    const { committed, state } = await this.aggregate.change(subscriptionId, (current) => {
      const live = assertManageable(principal, subscriptionId, current !== null && !current.deleted ? current : null);
      return decide(live, new Date().toISOString());
    });
    if (committed !== null) return committed;
    return { state: assertManageable(principal, subscriptionId, state !== null && !state.deleted ? state : null) };
  }
}

function assertManageable(principal: Principal, subscriptionId: string, state: SubscriptionState | null): SubscriptionState {
  if (!state) throw new DomainNotFoundError(`subscription ${subscriptionId} not found`);
  assertCanManageSubscriber(principal, state.subscriber);
  return state;
}
