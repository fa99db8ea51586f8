import { Body, Controller, Get, HttpCode, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ApiProduces, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { SkipThrottle } from '@nestjs/throttler';
import { Public } from '../auth/public.decorator';
import { Roles } from '../auth/roles.decorator';
import { Idempotent } from '../idempotency/idempotent.decorator';
import { documentResponses } from './document-responses';
import { collectRouteFacts } from './route-facts';

class NoteDto {
  note?: string;
}

@Controller('things')
@Roles('network-admin')
class ThingsController {
  @Post()
  @Idempotent()
  create(@Body() dto: NoteDto): NoteDto {
    return dto;
  }

  @Post(':thingId/close')
  @HttpCode(200)
  close(@Param('thingId') thingId: string): string {
    return thingId;
  }

  @Get(':thingId/feed')
  @ApiProduces('text/event-stream')
  feed(@Param('thingId') thingId: string): string {
    return thingId;
  }
}

@Controller('status')
@Public()
@SkipThrottle()
class StatusController {
  @Get()
  status(): string {
    return 'ok';
  }
}

@Module({ controllers: [ThingsController, StatusController] })
class ThingsModule {}

/** The real pipeline of a Nest app: decorators → route facts → the completed OpenAPI document. */
describe('collectRouteFacts with documentResponses', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
  });

  afterAll(async () => {
    await app.close();
  });

  it('reads each route’s decorators', () => {
    const facts = collectRouteFacts(app);

    expect(facts.get('ThingsController_create')).toEqual({ isPublic: false, idempotent: true, throttled: true, successStatus: 201, produces: [] });
    expect(facts.get('ThingsController_close')).toMatchObject({ idempotent: false, successStatus: 200 });
    expect(facts.get('ThingsController_feed')).toMatchObject({ successStatus: 200, produces: ['text/event-stream'] });
    expect(facts.get('StatusController_status')).toEqual({ isPublic: true, idempotent: false, throttled: false, successStatus: 200, produces: [] });
  });

  it('documents what the routes really answer', () => {
    const document = documentResponses(SwaggerModule.createDocument(app, new DocumentBuilder().build()), collectRouteFacts(app));
    const statuses = (path: string, method: 'get' | 'post'): string[] => Object.keys(document.paths[path]?.[method]?.responses ?? {}).sort();

    expect(statuses('/things', 'post')).toEqual(['201', '400', '401', '403', '404', '409', '413', '415', '422', '429']);
    expect(statuses('/things/{thingId}/close', 'post')).toEqual(['200', '400', '401', '403', '404', '409', '429']);
    expect(statuses('/things/{thingId}/feed', 'get')).toEqual(['200', '400', '401', '403', '404', '429']);
    expect(statuses('/status', 'get')).toEqual(['200']);
    expect(document.paths['/status']?.get?.security).toEqual([]);
  });
});
