import { DATABASE_CONNECTION } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { Connection, mongo } from 'mongoose';
import {
  DIRECTORY_ORGANISATIONS_COLLECTION,
  type DirectoryOrganisationDocument,
} from '../../directory/read-model/directory-organisation.document';

/**
 * The introductions' read-only view of the directory read model (built from membership's events):
 * who the two organisations are, which cluster each belongs to, whether they are active. `_id` only.
 */
@Injectable()
export class IntroductionDirectory {
  private readonly organisations: mongo.Collection<DirectoryOrganisationDocument>;

  constructor(@Inject(DATABASE_CONNECTION) connection: Connection) {
    this.organisations = connection.collection<DirectoryOrganisationDocument>(DIRECTORY_ORGANISATIONS_COLLECTION);
  }

  findOrganisation(organisationId: string): Promise<DirectoryOrganisationDocument | null> {
    return this.organisations.findOne({ _id: organisationId });
  }
}
