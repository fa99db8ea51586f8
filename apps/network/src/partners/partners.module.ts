import { Module } from '@nestjs/common';
import { PartnersController } from './http/partners.controller';
import { ProgrammesController } from './http/programmes.controller';
import { PartnersService } from './partners.service';
import { partnerAggregateProviders } from './persistence/partner.aggregate';
import { PartnerRepository } from './persistence/partner.repository';
import { ProgrammeRepository } from './persistence/programme.repository';
import { ProgrammesService } from './programmes.service';

/**
 * Partners and their programmes (issue 14, point 1). Publishes icn.network.partner.v1 and
 * icn.network.programme.v1 through the write path (ADR 12).
 */
@Module({
  controllers: [PartnersController, ProgrammesController],
  providers: [PartnerRepository, ProgrammeRepository, ...partnerAggregateProviders, PartnersService, ProgrammesService],
  // Applications read programmes (eligibility, call window, requirements) from the same store.
  exports: [ProgrammesService],
})
export class PartnersModule {}
