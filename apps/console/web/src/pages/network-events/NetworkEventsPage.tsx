import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { NetworkEventDetail } from './NetworkEventDetail';
import { NetworkEventList } from './NetworkEventList';
import { ScheduleNetworkEvent } from './ScheduleNetworkEvent';

/** Network events (issue 14): the list, scheduling (managers), one event with its registrations. */
export default function NetworkEventsPage() {
  return (
    <Routes>
      <Route index element={<NetworkEventList />} />
      <Route path="new" element={<ScheduleNetworkEvent />} />
      <Route path=":eventId" element={<NetworkEventDetail />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
