import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { CreateMissionForm } from './CreateMissionForm';
import { MissionDetail } from './MissionDetail';
import { MissionsList } from './MissionsList';

/** Matchmaking missions: the call for participation, the selection, local project owners and the B2B agenda. */
export default function MissionsPage() {
  return (
    <Routes>
      <Route index element={<MissionsList />} />
      <Route path="new" element={<CreateMissionForm />} />
      <Route path=":missionId/*" element={<MissionDetail />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
