import { OmitType, PartialType } from '@nestjs/swagger';
import { CreateOpportunityDto } from './create-opportunity.dto';

/**
 * PATCH /opportunities/:id — any content field; absent fields stay as they are. The origin cluster
 * and publisher never change. On a published opportunity the deadline moves only through
 * POST …/extend-deadline (later dates only), so subscribers get a deadline-extension notice.
 */
export class UpdateOpportunityDto extends PartialType(OmitType(CreateOpportunityDto, ['originClusterId', 'publish'] as const)) {}
