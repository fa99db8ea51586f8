import type { Aggregate } from '@icn/messaging';
import { DomainNotFoundError, type Principal } from '@icn/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { ConsortiumState } from './domain/consortium';
import { assertCoordinatorOrMember, assertCoordinatorSide } from './domain/consortium-access';
import { addSection, setBudget, updateSection } from './domain/consortium-workspace';
import type { AddSectionDto } from './http/add-section.dto';
import type { SetBudgetDto } from './http/set-budget.dto';
import type { UpdateSectionDto } from './http/update-section.dto';
import { toView, type ConsortiumView } from './http/consortium.view';
import { CONSORTIUM_AGGREGATE } from './persistence/consortium.aggregate';

/**
 * The application workspace. The coordinator side plans it (adds sections, hands them out, sets
 * due dates); a section's owner moves its own section's status; each member states its own budget
 * (and the coordinator side may fill in anyone's).
 */
@Injectable()
export class ConsortiumWorkspaceService {
  constructor(@Inject(CONSORTIUM_AGGREGATE) private readonly consortia: Aggregate<ConsortiumState>) {}

  async addSection(principal: Principal, consortiumId: string, dto: AddSectionDto): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      assertCoordinatorSide(principal, current);
      const { key, title, ownerOrganisationId, dueDate } = dto;
      return addSection(current, { key, title, ownerOrganisationId, dueDate }, new Date());
    });
    return toView(next, new Date());
  }

  async updateSection(principal: Principal, consortiumId: string, key: string, dto: UpdateSectionDto): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      const section = current.sections.find((candidate) => candidate.key === key);
      if (section === undefined) throw new DomainNotFoundError(`section ${key} not found in consortium ${consortiumId}`);
      // Planning (title, owner, due date) is the coordinator's; the status is also the owner's.
      const planning = dto.title !== undefined || dto.ownerOrganisationId !== undefined || dto.dueDate !== undefined;
      if (planning) assertCoordinatorSide(principal, current);
      else assertCoordinatorOrMember(principal, current, section.ownerOrganisationId);
      const { title, ownerOrganisationId, dueDate, status } = dto;
      return updateSection(current, key, { title, ownerOrganisationId, dueDate, status }, new Date());
    });
    return toView(next, new Date());
  }

  async setBudget(principal: Principal, consortiumId: string, organisationId: string, dto: SetBudgetDto): Promise<ConsortiumView> {
    const next = await this.consortia.modify(consortiumId, (current) => {
      assertCoordinatorOrMember(principal, current, organisationId);
      const lines = dto.lines.map(({ category, amountEur }) => ({ category, amountEur }));
      return setBudget(current, organisationId, lines, new Date());
    });
    return toView(next, new Date());
  }
}
