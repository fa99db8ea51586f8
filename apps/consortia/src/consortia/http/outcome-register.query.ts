import { KeysetPageQuery } from '@icn/platform';
import { IntersectionType } from '@nestjs/swagger';
import { YearQuery } from './year.query';

/** `?year=&limit=&cursor=` of the outcome register. */
export class OutcomeRegisterQuery extends IntersectionType(YearQuery, KeysetPageQuery) {}
