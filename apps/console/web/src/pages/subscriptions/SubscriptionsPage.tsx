import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { EditSubscription } from './EditSubscription';
import { NewSubscription } from './NewSubscription';
import { SubscriptionDetail } from './SubscriptionDetail';
import { SubscriptionList } from './SubscriptionList';

/** Subscriptions: filters, channels (webhook with its signing secret and delivery log, calendar), the feed's source. */
export default function SubscriptionsPage() {
  return (
    <Routes>
      <Route index element={<SubscriptionList />} />
      <Route path="new" element={<NewSubscription />} />
      <Route path=":subscriptionId" element={<SubscriptionDetail />} />
      <Route path=":subscriptionId/edit" element={<EditSubscription />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
