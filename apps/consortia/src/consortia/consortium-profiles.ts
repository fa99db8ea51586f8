import { DomainConflictError, DomainNotFoundError } from '@icn/platform';
import { Injectable } from '@nestjs/common';
import type { DirectoryOrganisationDocument } from '../directory/persistence/directory-organisation.document';
import { ConsortiaDirectory } from '../directory/persistence/consortia-directory.repository';
import type { OrganisationProfile } from './domain/consortium';

/** Organisations as consortia's membership read model knows them, checked to be able to take part. */
@Injectable()
export class ConsortiumProfiles {
  constructor(private readonly directory: ConsortiaDirectory) {}

  /** The organisation's directory entry, or 404: callers check scope on it before anything else. */
  async find(organisationId: string): Promise<DirectoryOrganisationDocument> {
    const organisation = await this.directory.findOrganisation(organisationId);
    if (organisation === null) throw new DomainNotFoundError(`organisation ${organisationId} not found`);
    return organisation;
  }

  /** Suspended and departed members cannot lead, be invited or join: they are not in the network now. */
  assertActive(organisation: DirectoryOrganisationDocument): OrganisationProfile {
    if (organisation.status !== 'active') throw new DomainConflictError(`${organisation.name} is ${organisation.status} in the network and cannot take part in a consortium`);
    return profileOf(organisation);
  }
}

function profileOf(organisation: DirectoryOrganisationDocument): OrganisationProfile {
  const { organisationId, name, clusterId, country, helixType, companySize } = organisation;
  return { organisationId, name, clusterId, country, helixType, ...(companySize === undefined ? {} : { companySize }) };
}
