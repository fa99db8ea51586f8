import { Module } from '@nestjs/common';
import { INTRODUCTION_HISTORY } from './introduction-history.token';
import { IntroductionOutcomeHistory } from './introduction-outcome-history';
import { IntroductionOutcomeReader } from './introduction-outcome.reader';

/**
 * The recorded introduction outcomes as ranking reads them. Imported by MatchesModule (which ranks)
 * and by IntroductionsModule (which records); one instance per replica, so both see the same table.
 */
@Module({
  providers: [IntroductionOutcomeReader, IntroductionOutcomeHistory, { provide: INTRODUCTION_HISTORY, useExisting: IntroductionOutcomeHistory }],
  exports: [IntroductionOutcomeHistory, INTRODUCTION_HISTORY],
})
export class IntroductionHistoryModule {}
