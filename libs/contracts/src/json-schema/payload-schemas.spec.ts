import { Type } from 'class-transformer';
import { IsString, Matches, ValidateNested } from 'class-validator';
import { ClusterUpdatedV1 } from '../membership/events/cluster-updated.event';
import { OrganisationJoinedV1 } from '../membership/events/organisation-joined.event';
import { CLUSTER_ID_PATTERN, HELIX_TYPES, SECTORS, TAG_PATTERN } from '../vocabulary/vocabulary';
import { REF_PREFIX } from './json-schema';
import { buildPayloadSchemas } from './payload-schemas';

describe('buildPayloadSchemas', () => {
  const schemas = buildPayloadSchemas([OrganisationJoinedV1, ClusterUpdatedV1], REF_PREFIX.standalone);
  const organisation = schemas.OrganisationSnapshotV1;

  it('includes every nested class, and only those', () => {
    expect(Object.keys(schemas)).toEqual([
      'ClusterSnapshotV1',
      'ClusterUpdatedV1',
      'ContactSnapshotV1',
      'HelixCountsV1',
      'OrganisationJoinedV1',
      'OrganisationSnapshotV1',
    ]);
  });

  it('refers to nested classes, single and in arrays', () => {
    expect(schemas.OrganisationJoinedV1.properties?.organisation).toEqual({ $ref: '#/definitions/OrganisationSnapshotV1' });
    expect(organisation.properties?.contacts).toMatchObject({ type: 'array', items: { $ref: '#/definitions/ContactSnapshotV1' } });
    expect(schemas.ClusterSnapshotV1.properties?.memberCounts).toEqual({ $ref: '#/definitions/HelixCountsV1' });
  });

  it('carries enums and patterns, also per array item', () => {
    expect(organisation.properties?.helixType).toEqual({ type: 'string', enum: [...HELIX_TYPES] });
    expect(organisation.properties?.sectors).toMatchObject({ type: 'array', items: { type: 'string', enum: [...SECTORS] } });
    expect(organisation.properties?.clusterId).toMatchObject({ type: 'string', pattern: CLUSTER_ID_PATTERN.source });
    expect(organisation.properties?.technologies).toMatchObject({ items: { pattern: TAG_PATTERN.source }, maxItems: 50 });
  });

  it('keeps integer bounds integers', () => {
    expect(organisation.properties?.trl).toEqual({ type: 'integer', minimum: 1, maximum: 9 });
  });

  it('requires what the validator requires, and forbids unknown properties', () => {
    expect(organisation.required).toContain('contacts');
    expect(organisation.required).not.toContain('city');
    expect(organisation.required).not.toContain('companySize');
    expect(organisation.then).toEqual({ required: ['companySize'] });
    expect(Object.values(schemas).every((schema) => schema.additionalProperties === false)).toBe(true);
  });

  it('rejects two different classes sharing a name, whose $refs would collide', () => {
    const first = (() => {
      class Location {
        @IsString() city!: string;
      }
      return Location;
    })();
    const second = (() => {
      class Location {
        @Matches(/^[A-Z]{2}$/) country!: string;
      }
      return Location;
    })();
    class Holder {
      @ValidateNested() @Type(() => first) a!: object;
      @ValidateNested() @Type(() => second) b!: object;
    }
    expect(() => buildPayloadSchemas([Holder], REF_PREFIX.standalone)).toThrow(/two payload classes are named Location/);
  });

  it('rejects a nested property whose class is unknown', () => {
    class Untyped {
      @ValidateNested() inner!: object;
    }
    expect(() => buildPayloadSchemas([Untyped], REF_PREFIX.standalone)).toThrow(/Untyped.inner is @ValidateNested without @Type/);
  });
});
