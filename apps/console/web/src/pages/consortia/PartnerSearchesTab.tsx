import { type FormEvent, useEffect, useState } from 'react';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { HELIX_TYPES, oneOf, SECTORS } from '../../api/vocabulary';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { ErrorMessage } from '../../components/ErrorMessage';
import { checkedValuesOf, commaListOf, linesOf } from '../../components/form-values';
import { FormError, TextArea, TextField } from '../../components/FormField';
import { ScrollRegion } from '../../components/ScrollRegion';
import { StatusBadge } from '../../components/StatusBadge';
import { useAction } from '../../components/use-action';
import { useAsync } from '../../components/use-async';
import { format, t } from '../../i18n/catalogue';
import { helixTypeLabel, sectorOptions } from '../members/labels';
import type { ConsortiumPartProps } from './consortium-part';
import type { PartnerCandidate, PartnerProposal, PartnerSearch } from './consortium-types';

/** How long to wait before asking again while matchmaking has not answered a search. */
const POLL_MS = 3000;
const SEARCHES_SHOWN = 20;

type ClosedGap = PartnerCandidate['closes'][number];

function gapText(gap: ClosedGap): string {
  const value = gap.value ?? '';
  return t(`consortia.search.gap.${gap.kind}`, { value: oneOf(HELIX_TYPES, value) ? helixTypeLabel(value) : value });
}

function RequestForm({ consortiumId, onRequested }: { consortiumId: string; onRequested: () => void }) {
  const action = useAction();
  const [requested, setRequested] = useState(false);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const body = {
      keywords: linesOf(data, 'keywords'),
      sectors: checkedValuesOf(data, 'sectors').filter((value) => oneOf(SECTORS, value)),
      technologies: commaListOf(data, 'technologies'),
    };
    setRequested(false);
    const result = await action.run(() => expectOk(api.consortia.POST('/consortia/{consortiumId}/partner-searches', { params: { path: { consortiumId } }, body })));
    if (result.ok) {
      form.reset();
      setRequested(true);
      onRequested();
    }
  };
  return (
    <section aria-labelledby="partner-search-request">
      <h3 id="partner-search-request">{t('consortia.search.requestTitle')}</h3>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <TextArea label={t('consortia.search.keywords')} name="keywords" hint={t('consortia.search.keywordsHint')} error={action.error} />
        <CheckboxGroup legend={t('consortia.search.sectors')} name="sectors" options={sectorOptions} error={action.error} />
        <TextField label={t('consortia.search.technologies')} name="technologies" hint={t('consortia.search.technologiesHint')} error={action.error} />
        <FormError error={action.error} fields={['keywords', 'sectors', 'technologies']} />
        <p aria-live="polite" className="meta">
          {requested ? t('consortia.search.requested') : ''}
        </p>
        <div>
          <button type="submit" className="primary" disabled={action.pending}>
            {t('consortia.search.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

function InviteCandidate({ consortiumId, candidate, onChange }: { consortiumId: string; candidate: PartnerCandidate; onChange: ConsortiumPartProps['onChange'] }) {
  const action = useAction();
  const invite = async () => {
    const result = await action.run(() =>
      expectOk(api.consortia.POST('/consortia/{consortiumId}/invitations', { params: { path: { consortiumId } }, body: { organisationId: candidate.organisationId, role: 'partner' } })),
    );
    if (result.ok) onChange(result.value);
  };
  return (
    <>
      <button type="button" disabled={action.pending} onClick={() => void invite()} aria-label={t('consortia.search.inviteLabel', { name: candidate.name })}>
        {t('consortia.search.invite')}
      </button>
      {action.error !== undefined && <ErrorMessage error={action.error} />}
    </>
  );
}

function Proposal({ proposal }: { proposal: PartnerProposal }) {
  return (
    <div className="notice">
      <h4>{t('consortia.search.proposalTitle')}</h4>
      <ul>
        {proposal.partners.map((partner) => (
          <li key={partner.candidate.organisationId}>
            {partner.candidate.name} ({partner.candidate.clusterId}, {partner.candidate.country}): {partner.closes.map(gapText).join(', ')}
          </li>
        ))}
      </ul>
      <p>{t('consortia.search.proposalScore', { score: format.number(proposal.totalScore), optimises: proposal.optimises })}</p>
      {proposal.eligibleWithProposal ? (
        <p>{t('consortia.search.proposalEligible')}</p>
      ) : (
        <>
          <p>{t('consortia.search.proposalNotEligible')}</p>
          <ul>
            {proposal.uncovered.map((requirement) => (
              <li key={`${requirement.rule} ${requirement.message}`}>{requirement.message}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SearchCard({ search, consortium, permissions, onChange }: ConsortiumPartProps & { search: PartnerSearch }) {
  const proposal = useAction();
  const [shown, setShown] = useState<PartnerProposal>();
  const { consortiumId } = consortium;
  const taken = new Set([
    ...consortium.members.map((member) => member.organisationId),
    ...consortium.invitations.filter((invitation) => invitation.status === 'pending').map((invitation) => invitation.organisationId),
  ]);
  const headingId = `search-${search.requestId}`;
  const showProposal = async () => {
    const result = await proposal.run(() =>
      expectOk(api.consortia.GET('/consortia/{consortiumId}/partner-searches/{requestId}/proposal', { params: { path: { consortiumId, requestId: search.requestId } } })),
    );
    if (result.ok) setShown(result.value);
  };
  const { gaps } = search;
  return (
    <li className="card">
      <h3 id={headingId}>{t('consortia.search.heading', { date: format.dateTime(search.requestedAt) })}</h3>
      <p className="meta">
        <StatusBadge status={search.status} label={search.status === 'pending' ? t('consortia.search.pending') : t('consortia.search.proposed')} />
      </p>
      <p>
        {t('consortia.search.gaps', {
          partners: gaps.partnersMissing,
          countries: gaps.countriesMissing,
          smes: gaps.smesMissing,
          types: gaps.helixTypesMissing.length === 0 ? t('consortia.search.noTypesMissing') : gaps.helixTypesMissing.map(helixTypeLabel).join(', '),
        })}
      </p>
      {search.status === 'proposed' &&
        (search.candidates.length === 0 ? (
          <p>{t('consortia.search.noCandidates')}</p>
        ) : (
          <ScrollRegion label={t('consortia.search.candidatesCaption')}>
            <table aria-describedby={headingId}>
              <caption>{t('consortia.search.candidatesCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('consortia.search.rank')}</th>
                  <th scope="col">{t('consortia.search.candidate')}</th>
                  <th scope="col">{t('consortia.search.score')}</th>
                  <th scope="col">{t('consortia.search.closes')}</th>
                  <th scope="col">{t('consortia.search.why')}</th>
                  {permissions.invite && <th scope="col">{t('consortia.members.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {search.candidates.map((candidate) => (
                  <tr key={candidate.organisationId}>
                    <td>{candidate.rank}</td>
                    <th scope="row">
                      {candidate.name}
                      <span className="meta">
                        {' '}
                        ({[candidate.clusterId, candidate.country, helixTypeLabel(candidate.helixType), ...(candidate.sme ? [t('consortia.search.sme')] : [])].join(', ')})
                      </span>
                    </th>
                    <td>{format.number(candidate.score)}</td>
                    <td>{candidate.closes.map(gapText).join(', ')}</td>
                    <td>
                      <ul className="plain-list">
                        {candidate.reasons.map((reason) => (
                          <li key={`${reason.kind} ${reason.summary}`}>{reason.summary}</li>
                        ))}
                      </ul>
                    </td>
                    {permissions.invite && <td>{!taken.has(candidate.organisationId) && <InviteCandidate consortiumId={consortiumId} candidate={candidate} onChange={onChange} />}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </ScrollRegion>
        ))}
      {search.status === 'proposed' && (
        <>
          <button type="button" disabled={proposal.pending} onClick={() => void showProposal()}>
            {t('consortia.search.showProposal')}
          </button>
          {proposal.error !== undefined && <ErrorMessage error={proposal.error} />}
          {shown !== undefined && <Proposal proposal={shown} />}
        </>
      )}
    </li>
  );
}

/**
 * Partner searches: the coordinator side asks, matchmaking answers through Kafka a moment later
 * (the page asks again every few seconds while an answer is pending), members read the candidates,
 * the proposal, and the coordinator side invites from them.
 */
export function PartnerSearchesTab(props: ConsortiumPartProps) {
  const { consortium, permissions } = props;
  const { consortiumId } = consortium;
  const [round, setRound] = useState(0);
  const searches = useAsync(
    () => expectOk(api.consortia.GET('/consortia/{consortiumId}/partner-searches', { params: { path: { consortiumId }, query: { limit: SEARCHES_SHOWN } } })),
    `${consortiumId}|${round}`,
  );
  const waiting = searches.status === 'done' && searches.data.items.some((search) => search.status === 'pending');
  useEffect(() => {
    if (!waiting) return;
    const timer = window.setTimeout(() => setRound((value) => value + 1), POLL_MS);
    return () => window.clearTimeout(timer);
  }, [waiting, round]);

  if (!permissions.seePartnerSearches) return <p className="notice">{t('consortia.search.notVisible')}</p>;
  return (
    <section aria-labelledby="consortium-partner-searches">
      <h2 id="consortium-partner-searches">{t('consortia.search.title')}</h2>
      <p>{t('consortia.search.intro')}</p>
      {permissions.requestPartnerSearch && <RequestForm consortiumId={consortiumId} onRequested={() => setRound((value) => value + 1)} />}
      {searches.status === 'failed' && <ErrorMessage error={searches.error} onRetry={searches.reload} />}
      {searches.status === 'done' &&
        (searches.data.items.length === 0 ? (
          <p>{t('consortia.search.none')}</p>
        ) : (
          <ul className="plain-list consortia-searches">
            {searches.data.items.map((search) => (
              <SearchCard key={search.requestId} {...props} search={search} />
            ))}
          </ul>
        ))}
      <p aria-live="polite" className="visually-hidden">
        {waiting ? t('consortia.search.pending') : ''}
      </p>
      {waiting && (
        <button type="button" onClick={() => setRound((value) => value + 1)}>
          {t('consortia.search.refresh')}
        </button>
      )}
    </section>
  );
}
