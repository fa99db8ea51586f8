import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OrganisationMatchView } from '../../matches/http/match.views';
import type { CallWindowPhase } from '../domain/call-window';

const CALL_WINDOW_PHASES: readonly CallWindowPhase[] = ['upcoming', 'open', 'closed'];

export class ProgrammeCallWindowView {
  @ApiProperty({ format: 'date-time', description: 'Applications may be drafted and submitted from this moment (inclusive).' })
  opensAt!: string;

  @ApiProperty({ format: 'date-time', description: '… until this one (exclusive).' })
  closesAt!: string;

  @ApiProperty({ enum: CALL_WINDOW_PHASES, description: 'Where the call stands now; members are ranked only while it is `open`.' })
  phase!: CallWindowPhase;
}

export class ProgrammeMatchListView {
  @ApiProperty({ format: 'uuid' })
  programmeId!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ description: 'The partner running the programme.' })
  partnerName!: string;

  @ApiProperty({ type: ProgrammeCallWindowView })
  callWindow!: ProgrammeCallWindowView;

  @ApiPropertyOptional({ description: 'Why nobody is ranked: the call is not open (it opens or closed at the moment given).' })
  notRankedBecause?: string;

  @ApiProperty({
    description:
      'Members left out because they have applied (any status but withdrawn) — counting only applications the caller may know of: the secretariat every one, a cluster manager its cluster’s, a member its own.',
    minimum: 0,
  })
  applicantsLeftOut!: number;

  @ApiProperty({
    type: [OrganisationMatchView],
    description:
      'Active members fitting the programme’s eligibility (helix types, countries, sectors) and sharing a theme with it, best first, ties in id order; each with its reasons (shared sectors, offer/need pairs with the programme’s title and description, the targets it meets). Empty while the call is not open.',
  })
  items!: OrganisationMatchView[];
}
