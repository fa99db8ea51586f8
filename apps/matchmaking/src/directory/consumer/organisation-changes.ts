import { Injectable } from '@nestjs/common';
import { AppliedChanges } from '../../projection-changes/applied-changes';
import type { DirectoryOrganisationDocument } from '../persistence/directory-organisation.document';

/** Organisation ids whose directory document an event has just gone through (applied or stale). */
@Injectable()
export class OrganisationChanges extends AppliedChanges<DirectoryOrganisationDocument> {}
