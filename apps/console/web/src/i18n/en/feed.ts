/** Texts of the live feed page. */
export const feed = {
  'nav.feed': 'Live feed',
  'feed.unreadCount': '{count} unread',
  'feed.markAllRead': 'Mark all as read',
  'feed.newItems': '{count} new',
  'feed.list': 'Opportunities in this feed, newest first',
  'feed.empty': 'Nothing yet: opportunities matching this subscription appear here as soon as they are published.',
  'feed.emptyFilters': 'See its filters',
  'feed.noSubscription':
    'Your live feed shows the opportunities matching a subscription, as they are published. You have no subscription yet: create one with the filters you care about (types, sectors, countries, keywords).',
  'feed.createSubscription': 'Create a subscription',

  'feed.subscription.label': 'Subscription',
  'feed.subscription.choose': 'Choose the subscription whose feed to show',
  'feed.subscription.show': 'Show its feed',
  'feed.subscription.only': 'The feed of {subscription}.',
  'feed.subscription.ofCluster': '{name} (cluster {cluster})',
  'feed.subscription.ofOrganisation': '{name} (an organisation of {cluster})',

  'feed.connection.connecting': 'Connecting to the live feed…',
  'feed.connection.connected': 'Live: new opportunities appear here without reloading.',
  'feed.connection.reconnecting': 'Connection lost. Reconnecting… Nothing published meanwhile will be missed.',
  'feed.connection.stopped': 'The live feed has stopped.',

  'feed.item.unread': 'Unread',
  'feed.item.markRead': 'Mark as read',
  'feed.item.received': 'Received',
  'feed.item.summary': '{type} from {cluster}, deadline {deadline}.',
  'feed.kind.published': 'New',
  'feed.kind.updated': 'Updated',
  'feed.kind.deadline-extended': 'Deadline extended',
  'feed.kind.closed': 'Closed',
  'feed.kind.cancelled': 'Cancelled',
  'feed.kind.expired': 'Expired',
  'feed.kind.deadline-reminder': 'Deadline reminder',
  'feed.kind.recommended': 'Recommended for you',
  'feed.news.extendedFrom': '(the deadline was {deadline})',
  'feed.news.daysLeft': '({days} days to the deadline)',

  'feed.recommendation.title': 'Why matchmaking recommends it',
  'feed.recommendation.score': 'Score {score}, rank {rank} among the organisations suggested for it.',
  'feed.recommendation.contribution': '(+{contribution})',
} as const;
