import { useSearchParams } from 'react-router';
import { expectOk } from '../../api/api-error';
import { api } from '../../api/clients';
import { useUser } from '../../app/session';
import { useAsync } from '../../components/use-async';

/**
 * The organisation the matches and introductions are for: a member's own; for a cluster manager or
 * the secretariat the one they picked, kept in the address (`?organisation=<id>`) so it stays
 * chosen across the page's tabs and a reload.
 */
export function useSubjectOrganisation() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const organisationId = user.role === 'member' ? (user.organisationId ?? '') : (params.get('organisation') ?? '');
  const organisation = useAsync(
    async () => (organisationId === '' ? undefined : expectOk(api.membership.GET('/organisations/{organisationId}', { params: { path: { organisationId } } }))),
    `subject|${organisationId}`,
  );
  const choose = (id: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (id === '') next.delete('organisation');
      else next.set('organisation', id);
      return next;
    });
  return {
    organisationId,
    name: organisation.status === 'done' ? organisation.data?.name : undefined,
    /** Members cannot act for another organisation, so they are never asked to choose. */
    canChoose: user.role !== 'member',
    choose,
    /** The query string that keeps the choice on links to the other tabs. */
    search: organisationId !== '' && user.role !== 'member' ? `?organisation=${encodeURIComponent(organisationId)}` : '',
  };
}

export type SubjectOrganisation = ReturnType<typeof useSubjectOrganisation>;
