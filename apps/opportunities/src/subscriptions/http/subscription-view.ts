import type { SubscriptionResponse } from './dto/subscription.response';
import { toSnapshot } from '../domain/subscription';
import type { SubscriptionOutcome } from './subscriptions.service';

/** The API body: the public snapshot, the stream path, and secrets only when just generated. */
export function toSubscriptionView(outcome: SubscriptionOutcome): SubscriptionResponse {
  const id = outcome.state.subscriptionId;
  return {
    ...toSnapshot(outcome.state),
    streamPath: `/subscriptions/${id}/stream`,
    ...(outcome.webhookSecret ? { webhookSecret: outcome.webhookSecret } : {}),
    ...(outcome.calendarToken ? { calendarPath: `/subscriptions/${id}/calendar.ics?token=${outcome.calendarToken}` } : {}),
  };
}
