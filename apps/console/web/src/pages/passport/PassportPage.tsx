import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationsList } from './ApplicationsList';
import { ApplyForm } from './ApplyForm';
import { CapacityCalendar } from './CapacityCalendar';

/** The ICN Passport: members apply to visit a host cluster; the host's manager answers, plans desks and reports. */
export default function PassportPage() {
  return (
    <Routes>
      <Route index element={<ApplicationsList scope="all" />} />
      <Route path="incoming" element={<ApplicationsList scope="incoming" />} />
      <Route path="apply" element={<ApplyForm />} />
      <Route path="applications/:applicationId" element={<ApplicationDetail />} />
      <Route path="capacity" element={<CapacityCalendar />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
