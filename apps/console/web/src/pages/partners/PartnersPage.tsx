import type { ReactNode } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { useUser } from '../../app/session';
import { NotFound } from '../../components/NotFound';
import { PartnerForm } from './PartnerForm';
import { PartnersList } from './PartnersList';
import { ProgrammeDetail } from './ProgrammeDetail';
import { ProgrammeForm } from './ProgrammeForm';

/** The network's partners (C40, the World Alliance, …) and their programmes: everyone reads, the secretariat registers and edits. */
export default function PartnersPage() {
  return (
    <Routes>
      <Route index element={<PartnersList />} />
      <Route path="register" element={<SecretariatOnly><PartnerForm /></SecretariatOnly>} />
      <Route path=":partnerId/edit" element={<SecretariatOnly><PartnerForm /></SecretariatOnly>} />
      <Route path="programmes/register" element={<SecretariatOnly><ProgrammeForm /></SecretariatOnly>} />
      <Route path="programmes/:programmeId" element={<ProgrammeDetail />} />
      <Route path="programmes/:programmeId/edit" element={<SecretariatOnly><ProgrammeForm /></SecretariatOnly>} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}

/** The forms that change partners and programmes are the secretariat's; the service refuses anyone else too. */
function SecretariatOnly({ children }: { children: ReactNode }) {
  const user = useUser();
  return user.role === 'network-admin' ? children : <Navigate to="/partners" replace />;
}
