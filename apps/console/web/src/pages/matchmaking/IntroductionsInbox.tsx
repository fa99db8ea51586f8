import { useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { CursorPager } from '../../components/CursorPager';
import { ErrorMessage } from '../../components/ErrorMessage';
import { SelectField } from '../../components/FormField';
import { PageHeader } from '../../components/PageHeader';
import { useAsync } from '../../components/use-async';
import { useCursorPages } from '../../components/use-cursor-pages';
import { t } from '../../i18n/catalogue';
import { IntroductionCard } from './IntroductionCard';
import { type Box, inBox, type Introduction } from './introduction-sides';
import { MatchmakingNav } from './MatchmakingNav';
import { SubjectChooser } from './SubjectChooser';
import { useSubjectOrganisation } from './use-subject';

type StatusFilter = '' | Introduction['status'];
const STATUSES: readonly Introduction['status'][] = ['pending', 'accepted', 'declined', 'withdrawn'];
/** Received and sent share one list from the service; a large page keeps both boxes full. */
const PAGE_SIZE = 100;

/**
 * The introductions inbox: requests received (to accept or decline) and sent (to withdraw), then
 * their outcomes. A member sees their organisation's; a cluster manager their cluster's, or one
 * organisation's once picked; the secretariat every introduction, or one organisation's.
 */
export function IntroductionsInbox() {
  const user = useUser();
  const subject = useSubjectOrganisation();
  const [box, setBox] = useState<Box>('received');
  const [status, setStatus] = useState<StatusFilter>('');
  const [announcement, setAnnouncement] = useState('');
  const { organisationId } = subject;
  const query = { limit: PAGE_SIZE, ...(organisationId !== '' && { organisationId }), ...(status !== '' && { status }) };
  const filtersKey = JSON.stringify(query);
  const pages = useCursorPages(filtersKey);
  const list = useAsync(
    () => expectOk(api.matchmaking.GET('/introductions', { params: { query: { ...query, ...(pages.cursor !== undefined && { cursor: pages.cursor }) } } })),
    `${filtersKey}|${pages.cursor ?? ''}`,
  );
  /** The secretariat has no box of its own until it picks an organisation: it sees one list. */
  const hasBoxes = user.role !== 'network-admin' || organisationId !== '';
  const shown = list.status === 'done' ? list.data.items.filter((introduction) => !hasBoxes || inBox(box, introduction, user, organisationId)) : [];
  const changed = (message: string) => {
    setAnnouncement(message);
    list.reload();
  };

  return (
    <>
      <PageHeader title={t('matchmaking.inbox.title')} />
      <MatchmakingNav search={subject.search} />
      <div className="toolbar">
        <SubjectChooser subject={subject} />
        <SelectField
          label={t('matchmaking.inbox.status')}
          name="status"
          value={status}
          onChange={(event) => setStatus(STATUSES.find((known) => known === event.target.value) ?? '')}
          options={[{ value: '', label: t('matchmaking.inbox.anyStatus') }, ...STATUSES.map((value) => ({ value, label: t(`matchmaking.introductionStatus.${value}`) }))]}
        />
      </div>
      {hasBoxes && (
        <div className="segmented" role="group" aria-label={t('matchmaking.inbox.boxes')}>
          {(['received', 'sent'] as const).map((name) => (
            <button key={name} type="button" aria-pressed={box === name} onClick={() => setBox(name)}>
              {t(`matchmaking.inbox.${name}`)}
            </button>
          ))}
        </div>
      )}
      <p aria-live="polite" className={announcement === '' ? 'visually-hidden' : 'notice'}>
        {announcement}
      </p>
      {list.status === 'loading' && <p aria-live="polite">{t('app.loading')}</p>}
      {list.status === 'failed' && <ErrorMessage error={list.error} onRetry={list.reload} />}
      {list.status === 'done' && (
        <>
          <p aria-live="polite" className="meta">
            {t('matchmaking.inbox.count', { count: shown.length })}
          </p>
          {shown.length === 0 ? (
            <p>{t(!hasBoxes ? 'matchmaking.inbox.empty' : box === 'received' ? 'matchmaking.inbox.emptyReceived' : 'matchmaking.inbox.emptySent')}</p>
          ) : (
            <ul className="match-list">
              {shown.map((introduction) => (
                <IntroductionCard key={introduction.introductionId} introduction={introduction} onChanged={changed} {...(hasBoxes && { box })} />
              ))}
            </ul>
          )}
          <CursorPager label={t('matchmaking.inbox.paging')} pages={pages} shown={list.data.items.length} nextCursor={list.data.nextCursor} />
        </>
      )}
    </>
  );
}
