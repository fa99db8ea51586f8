import { useState } from 'react';
import { NavLink, Route, Routes, useParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { ErrorMessage } from '../../components/ErrorMessage';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { StatusBadge } from '../../components/StatusBadge';
import { useAsync } from '../../components/use-async';
import { t } from '../../i18n/catalogue';
import { ConsortiaNav } from './ConsortiaNav';
import { permissionsFor } from './consortium-permissions';
import type { Consortium } from './consortium-types';
import { consortiumStatusLabel } from './consortium-vocabulary';
import { OverviewTab } from './OverviewTab';
import { PartnerSearchesTab } from './PartnerSearchesTab';
import { PartnershipTab } from './PartnershipTab';
import { WorkspaceTab } from './WorkspaceTab';

/**
 * One consortium, in four parts (overview with the lifecycle and outcome, partnership, workspace,
 * partner searches). Every change answers with the whole consortium after it, which replaces the
 * one on screen, so the parts never show a stale state and no reload is needed.
 */
export function ConsortiumDetail() {
  const { consortiumId = '' } = useParams();
  const user = useUser();
  const loaded = useAsync(() => expectOk(api.consortia.GET('/consortia/{consortiumId}', { params: { path: { consortiumId } } })), consortiumId);
  const [changed, setChanged] = useState<Consortium>();

  if (loaded.status === 'loading') return <p aria-live="polite">{t('consortia.detail.loading')}</p>;
  if (loaded.status === 'failed') {
    return (
      <>
        <PageHeader title={t('nav.consortia')} />
        <ConsortiaNav />
        <ErrorMessage error={loaded.error} onRetry={loaded.reload} />
      </>
    );
  }
  // The newer of what was loaded and what the last change answered.
  const consortium = changed !== undefined && changed.consortiumId === loaded.data.consortiumId && changed.version >= loaded.data.version ? changed : loaded.data;
  const permissions = permissionsFor(user, consortium);
  const base = `/consortia/${consortium.consortiumId}`;
  const parts = { consortium, permissions, onChange: setChanged };
  return (
    <>
      <PageHeader title={consortium.title} />
      <p className="meta">
        <StatusBadge status={consortium.status} label={consortiumStatusLabel(consortium.status)} />{' '}
        {t('consortia.call.programmeTopic', { programme: consortium.call.programme, topic: consortium.call.topic })}
      </p>
      <p aria-live="polite" className="visually-hidden">
        {changed !== undefined ? t('consortia.detail.updated', { status: consortiumStatusLabel(changed.status) }) : ''}
      </p>
      <nav aria-label={t('consortia.detail.nav')} className="sub-nav">
        <ul>
          <li>
            <NavLink to={base} end>
              {t('consortia.detail.overview')}
            </NavLink>
          </li>
          <li>
            <NavLink to={`${base}/partnership`}>{t('consortia.detail.partnership')}</NavLink>
          </li>
          <li>
            <NavLink to={`${base}/workspace`}>{t('consortia.detail.workspace')}</NavLink>
          </li>
          {permissions.seePartnerSearches && (
            <li>
              <NavLink to={`${base}/partner-searches`}>{t('consortia.detail.partnerSearches')}</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Routes>
        <Route index element={<OverviewTab {...parts} />} />
        <Route path="partnership" element={<PartnershipTab {...parts} />} />
        <Route path="workspace" element={<WorkspaceTab {...parts} />} />
        <Route path="partner-searches" element={<PartnerSearchesTab {...parts} />} />
        <Route path="*" element={<NotFound />} />
      </Routes>
    </>
  );
}
