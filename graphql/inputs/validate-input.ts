import { validate, ValidationError, ValidatorOptions } from 'class-validator';
import { ArgumentValidationError, ValidatorFn } from 'type-graphql';
import { getMetadataArgsStorage } from 'typeorm';
import { ErrorReason } from '../../domain/error-reasons';

const WRITES = Symbol('cursus:writes');

/** How the update inputs describe null in the schema. */
export const CLEARING = 'null clears only the fields that say what it means; elsewhere it is refused (NOT_CLEARABLE).';

/**
 * Marks a create or update input whose fields are the columns of `entity` (of the same name); the inputs that
 * extend it inherit the mark. In such an input null means "clear": validateInput accepts it where the entity's
 * column is nullable and refuses it everywhere else, fields that are no column included (trainerIds,
 * defaultSession).
 */
export const Writes =
  (entity: Function): ClassDecorator =>
  (target) =>
    Reflect.defineMetadata(WRITES, entity, target);

/** The fields of the entity that may be stored empty, hence cleared with null. */
function clearableFields(entity: Function): Set<string> {
  const columns = getMetadataArgsStorage().filterColumns(entity);
  return new Set(columns.filter((column) => column.options.nullable === true).map((column) => column.propertyName));
}

function notClearable(field: string): ValidationError {
  return Object.assign(new ValidationError(), {
    property: field,
    value: null,
    constraints: { notClearable: `${field} cannot be cleared: omit it to leave it as it is` },
    contexts: { notClearable: { reason: ErrorReason.NOT_CLEARABLE } },
    children: [],
  });
}

/** null given for a field of a `@Writes` input whose column cannot be empty. */
function nullProblems(input: object): ValidationError[] {
  const entity: Function | undefined = Reflect.getMetadata(WRITES, input.constructor);
  if (!entity) return [];
  const clearable = clearableFields(entity);
  return Object.entries(input)
    .filter(([field, value]) => value === null && !clearable.has(field))
    .map(([field]) => notClearable(field));
}

// What type-graphql passes class-validator by itself; it skips null and undefined, which nullProblems judges.
const CLASS_VALIDATOR: ValidatorOptions = { forbidUnknownValues: false, skipMissingProperties: true };

/**
 * #6 "Bad input gets a clear error and changes nothing": the one validation of every argument, run before any
 * resolver: the class-validator rules of the input classes, plus one rule for null. null clears a value, so in a
 * `@Writes` input it is accepted exactly where the entity's column is nullable (maxUsers: unlimited, locationId,
 * organisationId…) and refused anywhere else with BAD_USER_INPUT, NOT_CLEARABLE, naming the field — instead of
 * reaching a NOT NULL column as a masked server error.
 * Why here and so: the domain's input types already say which fields take null (`maxUsers?: number | null`,
 * `title?: string`); this is where untyped input enters. Per-field decorators could not say it once: type-graphql
 * runs class-validator with skipMissingProperties, so no field rule ever sees null, and forty-odd fields would
 * each need a marker that a new field could forget. The entity's column is the single source of truth instead.
 * Inputs that write no entity (filters, AddInscriptionInput) keep null as "not given".
 */
export const validateInput: ValidatorFn = async (value) => {
  // #11: an input with no field given has nothing to judge (both checks skip undefined): the session page's
  // twenty `inscriptions(role:)` page arguments, among others, are not run through class-validator.
  const inputs = (Array.isArray(value) ? value : [value]).filter(
    (item): item is object => item !== null && typeof item === 'object' && Object.values(item).some((field) => field !== undefined),
  );
  const problems = await Promise.all(inputs.map(async (input) => [...nullProblems(input), ...(await validate(input, CLASS_VALIDATOR))]));
  if (problems.flat().length) throw new ArgumentValidationError(problems.flat());
};
