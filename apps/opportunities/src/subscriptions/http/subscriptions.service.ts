import { buildEvent, toOutboxEntry, type OutboxEntry } from '@icn/messaging';
import { RequestValidationException, type Principal } from '@icn/platform';
import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { EventDefinition, SubscriberV1 } from '@icn/contracts';
import type { CreateSubscriptionDto } from './dto/create-subscription.dto';
import type { UpdateSubscriptionDto } from './dto/update-subscription.dto';
import type { SubscriptionState } from './subscription';
import {
  createSubscription,
  deleteSubscription,
  disableWebhook,
  editSubscription,
  enableWebhook,
  rotateWebhookSecret,
  type SubscriptionChangeResult,
} from './subscription-changes';
import { WebhookTargetGuard } from '../webhooks/target/webhook-target.guard';
import { SubscriptionRepository } from './subscription.repository';
import { assertCanManageSubscriber, defaultSubscriber, listScope } from './subscriber-scope';

/** CloudEvents `source` of everything the opportunities service publishes about deliveries. */
export const DELIVERY_EVENT_SOURCE = '/icn/opportunities';

/** What a command returns: the state and the secrets to show once. */
export type SubscriptionOutcome = Pick<SubscriptionChangeResult, 'state' | 'webhookSecret' | 'calendarToken'>;

export interface SubscriptionPage {
  items: SubscriptionState[];
  nextCursor: string | null;
}

/** Subscription commands: scope check on the stored subscriber, decide, write state + event under the lock. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly repository: SubscriptionRepository,
    private readonly webhookTargets: WebhookTargetGuard,
  ) {}

  async create(principal: Principal, dto: CreateSubscriptionDto): Promise<SubscriptionChangeResult> {
    const subscriber: SubscriberV1 | undefined = dto.subscriber
      ? { kind: dto.subscriber.kind, clusterId: dto.subscriber.clusterId, ...(dto.subscriber.kind === 'organisation' ? { organisationId: dto.subscriber.organisationId } : {}) }
      : defaultSubscriber(principal);
    if (!subscriber) throw new RequestValidationException([{ field: 'subscriber', reason: 'is required for a network admin' }]);
    assertCanManageSubscriber(principal, subscriber);
    await this.assertWebhookTargetAllowed(dto.channels?.webhook?.url);
    const result = createSubscription({
      subscriptionId: randomUUID(),
      subscriber,
      name: dto.name,
      filters: dto.filters,
      webhookUrl: dto.channels?.webhook?.url,
      calendar: dto.channels?.calendar,
      createdBy: principal.subject,
      now: new Date().toISOString(),
    });
    await this.repository.insert(result.state, this.entryFor(result));
    return result;
  }

  /** Loads a live subscription the caller may manage: 404 if absent or deleted, 403 if someone else's. */
  async get(principal: Principal, subscriptionId: string): Promise<SubscriptionState> {
    const state = await this.repository.findLive(subscriptionId);
    if (!state) throw new NotFoundException(`subscription ${subscriptionId} not found`);
    assertCanManageSubscriber(principal, state.subscriber);
    return state;
  }

  async list(principal: Principal, clusterId: string | undefined, limit: number, cursor?: string): Promise<SubscriptionPage> {
    const scope = listScope(principal);
    const filter = principal.role === 'network-admin' && clusterId ? { clusterId } : scope;
    const afterId = cursor === undefined ? undefined : decodeCursor(cursor);
    const rows = await this.repository.list(filter, limit + 1, afterId);
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: rows.length > limit && last ? Buffer.from(last.subscriptionId).toString('base64url') : null };
  }

  async update(principal: Principal, subscriptionId: string, dto: UpdateSubscriptionDto): Promise<SubscriptionOutcome> {
    await this.assertWebhookTargetAllowed(dto.channels?.webhook?.url ?? undefined);
    return this.change(principal, subscriptionId, (current, now) =>
      editSubscription(
        current,
        {
          name: dto.name,
          filters: dto.filters,
          webhookUrl: dto.channels?.webhook === null ? null : dto.channels?.webhook?.url,
          calendar: dto.channels?.calendar,
        },
        now,
      ),
    );
  }

  async delete(principal: Principal, subscriptionId: string): Promise<void> {
    await this.change(principal, subscriptionId, (current, now) => deleteSubscription(current, now));
  }

  enableWebhook(principal: Principal, subscriptionId: string): Promise<SubscriptionOutcome> {
    return this.change(principal, subscriptionId, (current, now) => {
      if (!current.channels.webhook) throw new ConflictException('this subscription has no webhook');
      return enableWebhook(current, now);
    });
  }

  rotateWebhookSecret(principal: Principal, subscriptionId: string): Promise<SubscriptionOutcome> {
    return this.change(principal, subscriptionId, (current, now) => {
      if (!current.channels.webhook) throw new ConflictException('this subscription has no webhook');
      return rotateWebhookSecret(current, now);
    });
  }

  /**
   * The webhook worker's bookkeeping: a success resets the failure count, persistent failure
   * disables the webhook (event). Resolves true when this outcome disabled it.
   */
  recordWebhookOutcome(subscriptionId: string, succeeded: boolean, disableAfter: number): Promise<boolean> {
    return this.repository.locked(subscriptionId, async () => {
      const current = await this.repository.findLive(subscriptionId);
      const webhook = current?.channels.webhook;
      if (!current || !webhook) return false;
      const failures = succeeded ? 0 : (webhook.consecutiveFailures ?? 0) + 1;
      const now = new Date().toISOString();
      const disabled = failures >= disableAfter ? disableWebhook(current, `${failures} consecutive failed delivery attempts`, now) : null;
      if (disabled) {
        disabled.state.channels.webhook = { ...disabled.state.channels.webhook!, consecutiveFailures: failures };
        return this.repository.replace(disabled.state, current.version, this.entryFor(disabled));
      }
      if (failures === (webhook.consecutiveFailures ?? 0)) return false;
      // A counter, not a change of the subscription: no version bump, no event.
      await this.repository.replace({ ...current, channels: { ...current.channels, webhook: { ...webhook, consecutiveFailures: failures } } }, current.version);
      return false;
    });
  }

  /** Internal targets (loopback, private, metadata …) are refused here and again before every delivery. */
  private async assertWebhookTargetAllowed(url: string | undefined): Promise<void> {
    if (url === undefined) return;
    const problem = await this.webhookTargets.registrationProblem(url);
    if (problem !== null) throw new RequestValidationException([{ field: 'channels.webhook.url', reason: problem }]);
  }

  /** Read (and scope-check) the current state, decide, write with the event, all under the aggregate lock. */
  private change(
    principal: Principal,
    subscriptionId: string,
    decide: (current: SubscriptionState, now: string) => SubscriptionChangeResult | null,
  ): Promise<SubscriptionOutcome> {
    return this.repository.locked(subscriptionId, async () => {
      const current = await this.get(principal, subscriptionId);
      const result = decide(current, new Date().toISOString());
      if (!result) return { state: current };
      if (!(await this.repository.replace(result.state, current.version, this.entryFor(result)))) {
        throw new ConflictException(`subscription ${subscriptionId} was modified concurrently; re-read it and retry`);
      }
      return result;
    });
  }

  private entryFor(result: SubscriptionChangeResult): OutboxEntry {
    const definition: EventDefinition = result.event.definition;
    const event = buildEvent(definition, {
      subject: result.state.subscriptionId,
      sequence: result.state.version,
      data: result.event.data,
      source: DELIVERY_EVENT_SOURCE,
    });
    return toOutboxEntry(event, result.event.definition.topic);
  }
}

function decodeCursor(cursor: string): string {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  if (decoded.length === 0 || Buffer.from(decoded).toString('base64url') !== cursor) {
    throw new RequestValidationException([{ field: 'cursor', reason: 'must be a cursor returned by a previous page' }]);
  }
  return decoded;
}
