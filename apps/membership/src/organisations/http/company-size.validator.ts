import { COMPANY_SIZES } from '@icn/contracts';
import { registerDecorator, type ValidationArguments } from 'class-validator';

/**
 * companySize is required for companies (one of COMPANY_SIZES) and forbidden for every other helix
 * type. A custom rule because it depends on a sibling field, and must fire when the value is absent.
 */
export function IsCompanySizeConsistent(): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isCompanySizeConsistent',
      target: target.constructor,
      propertyName: String(propertyName),
      validator: {
        validate(value: unknown, args: ValidationArguments): boolean {
          const helixType = (args.object as { helixType?: unknown }).helixType;
          if (helixType === 'company') return (COMPANY_SIZES as readonly unknown[]).includes(value);
          return value === undefined;
        },
        defaultMessage(args: ValidationArguments): string {
          const helixType = (args.object as { helixType?: unknown }).helixType;
          return helixType === 'company'
            ? `${args.property} is required when helixType is company and must be one of: ${COMPANY_SIZES.join(', ')}`
            : `${args.property} applies only when helixType is company`;
        },
      },
    });
  };
}
