import type { Aggregate } from '@icn/messaging';
import { decodeKeysetCursor, DEFAULT_PAGE_SIZE, DomainNotFoundError, DomainValidationError, toKeysetPage, type KeysetPage, type KeysetPageQuery, type Principal } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { NetworkDirectory } from '../directory/persistence/network-directory.repository';
import { assertMayCancelRegistration, assertMayRegister, assertMayRunEvent } from './domain/network-event-access';
import { cancelEvent, cancelRegistration, recordAttendance, register, scheduleEvent, type ScheduleInput } from './domain/network-event-lifecycle';
import type { NetworkEventState } from './domain/network-event';
import { renderRegistrationCalendar } from './domain/registration-ical';
import { NETWORK_EVENT_AGGREGATE } from './persistence/network-event.aggregate';
import { NetworkEventRepository } from './persistence/network-event.repository';

/** Scheduling network events, registering for them, attendance and each registrant's calendar file. */
@Injectable()
export class NetworkEventsService {
  constructor(
    private readonly events: NetworkEventRepository,
    private readonly directory: NetworkDirectory,
    @Inject(NETWORK_EVENT_AGGREGATE) private readonly aggregate: Aggregate<NetworkEventState>,
  ) {}

  async schedule(principal: Principal, input: Omit<ScheduleInput, 'eventId' | 'createdBy'>): Promise<NetworkEventState> {
    assertMayRunEvent(principal, input.hostClusterId);
    // The input's own rules (real dates, in order, not past) are decided before the directory is asked,
    // so a bad date is named as such whatever the host cluster.
    const scheduled = scheduleEvent({ ...input, eventId: randomUUID(), createdBy: principal.subject }, new Date());
    if ((await this.directory.findCluster(input.hostClusterId)) === null) {
      throw new DomainValidationError('hostClusterId', `cluster ${input.hostClusterId} is not (yet) in the network's directory`);
    }
    return this.aggregate.create(scheduled);
  }

  async register(principal: Principal, eventId: string, organisationId: string, participantName: string): Promise<NetworkEventState> {
    const organisation = await this.directory.findOrganisation(organisationId);
    if (organisation === null || organisation.status !== 'active') {
      throw new DomainValidationError('organisationId', `organisation ${organisationId} is not an active member in the network's directory`);
    }
    assertMayRegister(principal, organisation);
    const registrationId = randomUUID();
    const input = { registrationId, organisationId, organisationName: organisation.name, clusterId: organisation.clusterId, participantName, registeredBy: principal.subject };
    return this.aggregate.modify(eventId, (current) => register(current, input, new Date()));
  }

  async cancelRegistration(principal: Principal, eventId: string, registrationId: string): Promise<NetworkEventState> {
    return this.aggregate.modify(eventId, (current) => {
      const registration = current.registrations.find((candidate) => candidate.registrationId === registrationId);
      if (registration) assertMayCancelRegistration(principal, current, registration);
      return cancelRegistration(current, registrationId, new Date());
    });
  }

  recordAttendance(principal: Principal, eventId: string, attended: string[]): Promise<NetworkEventState> {
    return this.aggregate.modify(eventId, (current) => {
      assertMayRunEvent(principal, current.hostClusterId);
      return recordAttendance(current, attended, new Date());
    });
  }

  cancel(principal: Principal, eventId: string, reason: string): Promise<NetworkEventState> {
    return this.aggregate.modify(eventId, (current) => {
      assertMayRunEvent(principal, current.hostClusterId);
      return cancelEvent(current, reason, new Date());
    });
  }

  async get(eventId: string): Promise<NetworkEventState> {
    const event = await this.aggregate.find(eventId);
    if (event === null) throw new DomainNotFoundError(`network event ${eventId} not found`);
    return event;
  }

  async list(query: KeysetPageQuery): Promise<KeysetPage<NetworkEventState>> {
    const limit = query.limit ?? DEFAULT_PAGE_SIZE;
    const rows = await this.events.list(limit, decodeKeysetCursor(query.cursor));
    return toKeysetPage(rows, limit, (row) => ({ key: row.from, id: row.eventId }));
  }

  /** A registrant's .ics: for whoever may cancel that registration (its organisation, its cluster manager, the host). */
  async calendarOf(principal: Principal, eventId: string, registrationId: string): Promise<string> {
    const event = await this.get(eventId);
    const registration = event.registrations.find((candidate) => candidate.registrationId === registrationId);
    if (!registration) throw new DomainNotFoundError(`registration ${registrationId} not found in event ${eventId}`);
    assertMayCancelRegistration(principal, event, registration);
    return renderRegistrationCalendar(event, registration, new Date());
  }
}
