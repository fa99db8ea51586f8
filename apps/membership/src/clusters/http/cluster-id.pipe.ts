import { RequestValidationException } from '@icn/platform';
import { CLUSTER_ID_PATTERN } from '@icn/contracts';
import { Injectable, PipeTransform } from '@nestjs/common';

/** Rejects a malformed slug in the path before it reaches a query. */
@Injectable()
export class ClusterIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!CLUSTER_ID_PATTERN.test(value)) throw new RequestValidationException([{ field: 'clusterId', reason: 'must be a cluster slug such as clean or nordic-edge' }]);
    return value;
  }
}
