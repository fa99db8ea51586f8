import { Navigate, Route, Routes, useLocation } from 'react-router';
import { NotFound } from '../../components/NotFound';
import { IntroductionsInbox } from './IntroductionsInbox';
import { OpportunityMatches } from './OpportunityMatches';
import { OrganisationsForOpportunity } from './OrganisationsForOpportunity';
import { PartnerMatches } from './PartnerMatches';

/** Matchmaking: rankings with their explanation, and introductions between members. */
export default function MatchmakingPage() {
  const { search } = useLocation();
  return (
    <Routes>
      <Route index element={<Navigate to={`partners${search}`} replace />} />
      <Route path="partners" element={<PartnerMatches />} />
      <Route path="opportunities" element={<OpportunityMatches />} />
      <Route path="for-opportunity" element={<OrganisationsForOpportunity />} />
      <Route path="introductions" element={<IntroductionsInbox />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
