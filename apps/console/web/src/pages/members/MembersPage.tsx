import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { ClusterProfile } from './ClusterProfile';
import { ClustersList } from './ClustersList';
import { JoinOrganisationForm } from './JoinOrganisationForm';
import { OrganisationDetail } from './OrganisationDetail';
import { OrganisationsList } from './OrganisationsList';
import { RegisterClusterForm } from './RegisterClusterForm';

/** Members (cluster managers, secretariat): the organisations of the network and its clusters. */
export default function MembersPage() {
  return (
    <Routes>
      <Route index element={<OrganisationsList />} />
      <Route path="organisations/new" element={<JoinOrganisationForm />} />
      <Route path="organisations/:organisationId" element={<OrganisationDetail />} />
      <Route path="clusters" element={<ClustersList />} />
      <Route path="clusters/new" element={<RegisterClusterForm />} />
      <Route path="clusters/:clusterId" element={<ClusterProfile />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
