import { Route, Routes } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { EditOpportunity } from './EditOpportunity';
import { NewOpportunity } from './NewOpportunity';
import { OpportunityDetail } from './OpportunityDetail';
import { OpportunityList } from './OpportunityList';

/** Opportunities: search and filters, detail, and the lifecycle (draft → published → closed / cancelled). */
export default function OpportunitiesPage() {
  return (
    <Routes>
      <Route index element={<OpportunityList />} />
      <Route path="new" element={<NewOpportunity />} />
      <Route path=":opportunityId" element={<OpportunityDetail />} />
      <Route path=":opportunityId/edit" element={<EditOpportunity />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
