/** Injection token of the parsed opportunity mail templates (loadOpportunityMailTemplates). */
export const OPPORTUNITY_MAIL_TEMPLATES = Symbol('OPPORTUNITY_MAIL_TEMPLATES');
