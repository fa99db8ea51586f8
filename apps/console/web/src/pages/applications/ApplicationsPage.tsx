import { Navigate, Route, Routes } from 'react-router';
import { useUser } from '../../app/session';
import { NotFound } from '../../components/NotFound';
import { ApplicationDetail } from './ApplicationDetail';
import { ApplicationsList } from './ApplicationsList';
import { DraftApplicationForm } from './DraftApplicationForm';

/** Applications to partners' programmes through the network: drafted by a member, endorsed by its cluster manager, forwarded by the secretariat. */
export default function ApplicationsPage() {
  const user = useUser();
  return (
    <Routes>
      <Route index element={<ApplicationsList />} />
      {/* Only members apply, for their own organisation; the service refuses anyone else too. */}
      <Route path="draft" element={user.role === 'member' ? <DraftApplicationForm /> : <Navigate to="/applications" replace />} />
      <Route path=":applicationId" element={<ApplicationDetail />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
