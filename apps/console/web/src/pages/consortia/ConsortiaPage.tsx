import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { ConsortiaList } from './ConsortiaList';
import { ConsortiumDetail } from './ConsortiumDetail';
import { CreateConsortium } from './CreateConsortium';
import { OutcomeRegister } from './OutcomeRegister';

/** Consortia: from a funding call to a granted project, and the register of outcomes. */
export default function ConsortiaPage() {
  return (
    <Routes>
      <Route index element={<ConsortiaList />} />
      <Route path="new" element={<CreateConsortium />} />
      <Route path="outcomes" element={<OutcomeRegister />} />
      <Route path=":consortiumId/*" element={<ConsortiumDetail />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
