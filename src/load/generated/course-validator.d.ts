// Types of the generated standalone validator (scripts/gen-schema.mjs).
import type { ErrorObject } from 'ajv';

export interface StandaloneValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const validate: StandaloneValidate;
export default validate;
