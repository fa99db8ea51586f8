import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** A part of the AsyncAPI document whose shape the AsyncAPI 3.0 specification defines, not this API. */
const ASYNCAPI_OBJECT = { type: 'object', additionalProperties: true } as const;

export class AsyncApiInfoResponse {
  @ApiProperty({ example: 'ICN Platform events' }) title!: string;
  @ApiProperty({ description: 'Version of the event contract (not of the service).' }) version!: string;
  @ApiPropertyOptional() description?: string;
}

/**
 * The AsyncAPI 3.0 document as GET /asyncapi.json serves it: the top level described here, the
 * channels, operations and components as the AsyncAPI 3.0 specification defines them.
 */
export class AsyncApiDocumentResponse {
  @ApiProperty({ example: '3.0.0', description: 'The AsyncAPI specification version the document follows.' }) asyncapi!: string;
  @ApiProperty({ example: 'urn:org:icn:platform:events' }) id!: string;
  @ApiProperty({ type: AsyncApiInfoResponse }) info!: AsyncApiInfoResponse;
  @ApiProperty({ example: 'application/cloudevents+json' }) defaultContentType!: string;
  @ApiProperty({ ...ASYNCAPI_OBJECT, description: 'One channel per Kafka topic, keyed by channel id.' }) channels!: Record<string, unknown>;
  @ApiProperty({ ...ASYNCAPI_OBJECT, description: 'What a subscriber may receive on each channel, keyed by operation id.' }) operations!: Record<string, unknown>;
  @ApiProperty({ ...ASYNCAPI_OBJECT, description: 'The messages (one per event type and version) and their payload schemas.' }) components!: Record<string, unknown>;
}
