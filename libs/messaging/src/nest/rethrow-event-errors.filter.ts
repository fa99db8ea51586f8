import { Catch, type RpcExceptionFilter } from '@nestjs/common';
import { throwError, type Observable } from 'rxjs';

/**
 * Hands a handler's error to the event transport unchanged. Nest's default RPC filter would log it
 * and replace it with `{ status: 'error', message: 'Internal server error' }`; the consumer needs
 * the real error to decide (an UnrecoverableEventError is parked at once) and to put its message in
 * the dead-letter reason. Applied by @OnEvent to every event handler.
 */
@Catch()
export class RethrowEventErrors implements RpcExceptionFilter<unknown> {
  catch(exception: unknown): Observable<never> {
    return throwError(() => exception);
  }
}
