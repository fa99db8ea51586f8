import { ApiProperty } from '@nestjs/swagger';
import type { AnnualReport, Figures, ProgrammeFigures } from '../domain/annual-figures';

const count = (description: string) => ApiProperty({ type: 'integer', description });

export class MembersFigures {
  @count('Companies') company!: number;
  @ApiProperty({ type: 'integer', name: 'public-authority' }) 'public-authority'!: number;
  @ApiProperty({ type: 'integer', name: 'research-institution' }) 'research-institution'!: number;
  @count('Other organisations') other!: number;
  @count('All members at the end of the year') total!: number;
}

export class PassportFigures {
  @count('Applications submitted in the year (by the home cluster)') applications!: number;
  @count('Completed visits starting in the year (by the visiting cluster)') visits!: number;
  @count('The same visits by the host cluster') visitsHosted!: number;
}

export class ProgrammeApplicationFigures {
  @count('Forwarded to the partner in the year') forwarded!: number;
  @count('') accepted!: number;
  @count('') labelled!: number;
  @count('') rejected!: number;
  @count('') noAnswer!: number;
  @count('No outcome recorded yet') awaiting!: number;
}

export class MissionFigures {
  @count('Missions starting in the year, by the organiser') organised!: number;
  @count('Selected delegations, by their cluster') delegations!: number;
  @count('Their travellers') delegates!: number;
}

export class EventFigures {
  @count('Network events starting in the year, by the host') hosted!: number;
  @count('Confirmed seats, by the registrant cluster') registrations!: number;
  @count('Recorded attendance') attended!: number;
}

export class ConsortiumFigures {
  @count('') submitted!: number;
  @count('') granted!: number;
  @count('') reserveListed!: number;
  @count('') rejected!: number;
}

export class FiguresResponse implements Figures {
  @ApiProperty({ type: MembersFigures }) members!: MembersFigures;
  @count('Opportunities published in the year') opportunitiesShared!: number;
  @ApiProperty({ type: PassportFigures }) passport!: PassportFigures;
  @ApiProperty({ type: ProgrammeApplicationFigures }) programmeApplications!: ProgrammeApplicationFigures;
  @ApiProperty({ type: MissionFigures }) missions!: MissionFigures;
  @ApiProperty({ type: EventFigures }) events!: EventFigures;
  @ApiProperty({ type: ConsortiumFigures }) consortia!: ConsortiumFigures;
  @ApiProperty({ type: Number, description: 'EUR granted in the year, by the beneficiary cluster' }) eurGranted!: number;
}

export class NetworkFiguresResponse extends FiguresResponse {
  @count('Clusters with a grant in the year') clustersFunded!: number;
}

export class ClusterFiguresResponse extends FiguresResponse {
  @ApiProperty() clusterId!: string;
}

export class ProgrammeFiguresResponse implements ProgrammeFigures {
  @ApiProperty() programmeTitle!: string;
  @count('') forwarded!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'integer' }, description: 'Outcome → count (awaiting: none yet)' }) outcomes!: Record<string, number>;
}

export class AnnualReportResponse implements AnnualReport {
  @count('') year!: number;
  @ApiProperty({ type: NetworkFiguresResponse }) network!: NetworkFiguresResponse;
  @ApiProperty({ type: [ClusterFiguresResponse], description: 'Every cluster for the secretariat and integrators; the caller’s own otherwise.' })
  clusters!: ClusterFiguresResponse[];
  @ApiProperty({ type: [ProgrammeFiguresResponse] }) programmes!: ProgrammeFiguresResponse[];
}
