import type { NotificationKind, NotificationV1, OpportunityType } from '@icn/contracts';
import type { MailGroup } from '../domain/digest-items';
import { mailMessageId } from '../domain/mail-message-id';
import { localDateTime } from '../domain/time-zone';
import { unsubscribeUrl } from '../domain/unsubscribe-link';
import type { TemplateView } from './mail-template';
import type { OpportunityMailTemplates } from './mail-templates';

/** A contact of the subscriber's organisation chosen to receive the subscription's mail. */
export interface MailRecipient {
  contactId: string;
  name: string;
  email: string;
  /** IANA zone: deadlines are shown in it. */
  timeZone: string;
}

export interface OpportunityMailInput {
  /** The exactly-once claim: `<subscriptionId>:<period key>` or `<subscriptionId>:<notificationId>`. */
  claimId: string;
  subscription: { subscriptionId: string; name: string };
  /** Who subscribed, in words ("Nordic Heat Oy", "the clean cluster"). */
  subscriberLabel: string;
  recipient: MailRecipient;
  groups: readonly MailGroup[];
  /** A digest's cadence and period (in the recipient's words); absent for an instant mail. */
  digest?: { cadence: 'daily' | 'weekly'; start: Date; end: Date };
  /** Publishing organisations' names by id (the directory read model); a publisher without one shows its subject. */
  organisationNames: ReadonlyMap<string, string>;
}

export interface MailSettings {
  from: string;
  consolePublicUrl: string;
  opportunitiesPublicUrl: string;
  unsubscribeSecret: string;
}

/** A message ready for the SMTP transport. */
export interface ComposedMail {
  messageId: string;
  from: string;
  to: { name: string; address: string };
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

const KIND_HEADINGS: Record<NotificationKind, string> = {
  recommended: 'Recommended to you',
  'deadline-reminder': 'Deadlines coming up',
  published: 'New opportunities',
  'deadline-extended': 'Deadlines extended',
  updated: 'Updated',
  closed: 'Closed',
  cancelled: 'Cancelled',
  expired: 'Expired',
};

const KIND_LABELS: Record<NotificationKind, string> = {
  recommended: 'Recommended to you',
  'deadline-reminder': 'Deadline coming up',
  published: 'New opportunity',
  'deadline-extended': 'Deadline extended',
  updated: 'Opportunity updated',
  closed: 'Opportunity closed',
  cancelled: 'Opportunity cancelled',
  expired: 'Opportunity expired',
};

const TYPE_LABELS: Record<OpportunityType, string> = {
  tender: 'Tender',
  'project-challenge': 'Project challenge',
  'funding-call': 'Funding call',
  'partner-search': 'Partner search',
  'market-lead': 'Market lead',
  event: 'Event',
  'partner-programme': 'Partner programme',
};

/**
 * One recipient's mail: the view the templates render (the opportunity's essentials, deadlines in
 * the recipient's zone, links into the console), RFC 8058 one-click unsubscribe headers signed
 * for this recipient, and a Message-ID derived from the claim (a resend after a crash keeps it).
 */
export function composeOpportunityMail(input: OpportunityMailInput, settings: MailSettings, templates: OpportunityMailTemplates): ComposedMail {
  const consoleUrl = settings.consolePublicUrl.replace(/\/$/, '');
  const unsubscribe = unsubscribeUrl(settings.opportunitiesPublicUrl, settings.unsubscribeSecret, {
    subscriptionId: input.subscription.subscriptionId,
    recipientId: input.recipient.contactId,
  });
  const groups = input.groups.map((group) => ({
    heading: KIND_HEADINGS[group.kind],
    items: group.notifications.map((notification) => itemView(notification, input, consoleUrl)),
  }));
  const count = input.groups.reduce((sum, group) => sum + group.notifications.length, 0);
  const first = input.groups[0]?.notifications[0];
  const view: TemplateView = {
    instant: input.digest === undefined,
    kindLabel: first ? kindLabelOf(first) : '',
    title: first?.opportunity.title ?? '',
    cadenceLabel: input.digest?.cadence === 'weekly' ? 'Weekly' : 'Daily',
    count,
    countLabel: count === 1 ? 'opportunity update' : 'opportunity updates',
    periodLabel: input.digest ? `from ${localStamp(input.digest.start, input.recipient.timeZone)} to ${localStamp(input.digest.end, input.recipient.timeZone)}` : '',
    recipientName: input.recipient.name,
    subscriptionName: input.subscription.name,
    subscriberLabel: input.subscriberLabel,
    groups,
    preferencesUrl: `${consoleUrl}/subscriptions`,
    unsubscribeUrl: unsubscribe,
  };
  const subject = templates.subject.render(view);
  return {
    messageId: mailMessageId(input.claimId, input.recipient.contactId, settings.from),
    from: settings.from,
    to: { name: input.recipient.name, address: input.recipient.email },
    subject,
    html: templates.html.render({ ...view, subject }),
    text: templates.text.render(view),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      // Automated mail: no out-of-office replies to it (RFC 3834).
      'Auto-Submitted': 'auto-generated',
    },
  };
}

function itemView(notification: NotificationV1, input: OpportunityMailInput, consoleUrl: string): TemplateView {
  const opportunity = notification.opportunity;
  const publisherOrganisation = opportunity.publisher.organisationId;
  const reasons = notification.kind === 'recommended' ? (notification.recommendation?.reasons ?? []).map((reason) => reason.summary) : [];
  const isProgramme = opportunity.type === 'partner-programme';
  return {
    title: opportunity.title,
    typeLabel: TYPE_LABELS[opportunity.type],
    deadline: localStamp(new Date(opportunity.deadline), input.recipient.timeZone),
    budget: opportunity.value ? formatMoney(opportunity.value.amount, opportunity.value.currency) : '',
    publisher: isProgramme
      ? `${notification.programme?.partnerName ?? 'a partner'}, through the ICN network`
      : (publisherOrganisation && input.organisationNames.get(publisherOrganisation)) || opportunity.publisher.subject,
    note: [programmeNoteOf(notification, input.recipient.timeZone), noteOf(notification, input.recipient.timeZone)].filter((note) => note !== '').join(' '),
    hasReasons: reasons.length > 0,
    reasons,
    // A programme (ADR 23) is the network's, not an opportunity of this service: its own page in the console.
    url: `${consoleUrl}/${isProgramme ? 'partners/programmes' : 'opportunities'}/${encodeURIComponent(opportunity.opportunityId)}`,
  };
}

/** An instant mail's heading: a programme opening its call is not "a new opportunity". */
function kindLabelOf(notification: NotificationV1): string {
  if (notification.opportunity.type !== 'partner-programme') return KIND_LABELS[notification.kind];
  return PROGRAMME_KIND_LABELS[notification.kind] ?? KIND_LABELS[notification.kind];
}

const PROGRAMME_KIND_LABELS: Partial<Record<NotificationKind, string>> = {
  published: 'Partner programme open for applications',
  updated: 'Partner programme updated',
};

/** What an applicant needs to know of a programme: when the call window opens and closes, and what the partner asks for. */
function programmeNoteOf(notification: NotificationV1, timeZone: string): string {
  const programme = notification.programme;
  if (programme === undefined) return '';
  const window = `Applications through the network from ${localStamp(new Date(programme.callWindow.opensAt), timeZone)} until ${localStamp(new Date(programme.callWindow.closesAt), timeZone)}.`;
  if (programme.requirements.length === 0) return window;
  return `${window} ${programme.partnerName} asks for: ${programme.requirements.map((requirement) => requirement.title).join('; ')}.`;
}

function noteOf(notification: NotificationV1, timeZone: string): string {
  if (notification.kind === 'deadline-extended' && notification.previousDeadline) return `Extended from ${localStamp(new Date(notification.previousDeadline), timeZone)}.`;
  if (notification.kind === 'deadline-reminder' && notification.daysBeforeDeadline !== undefined) return `${notification.daysBeforeDeadline} days left to respond.`;
  if (notification.kind === 'recommended' && notification.recommendation) return `Match score ${notification.recommendation.score.toFixed(2)}, rank ${notification.recommendation.rank}.`;
  return '';
}

/** `2026-12-05 08:00 (Europe/Berlin)`: unambiguous in every language, and in the reader's zone. */
function localStamp(instant: Date, timeZone: string): string {
  const local = localDateTime(instant, timeZone);
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${local.year}-${two(local.month)}-${two(local.day)} ${two(local.hour)}:${two(local.minute)} (${timeZone})`;
}

function formatMoney(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-GB', { maximumFractionDigits: 2 })}`;
}
