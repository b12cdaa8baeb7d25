import { fieldError, type FieldError } from '../../../kernel/errors.js';
import { propertyKind, type PropertyValue } from '../model.js';
import { checkValue } from './property-values.js';

/**
 * Checks an input object's fields against the model's property kinds and returns the
 * typed props (nulls dropped: null leaves a value unchanged).
 */
export function typedProps(
  scope: 'node' | 'tie',
  type: string,
  input: Record<string, unknown>,
  fields: readonly string[],
  errors: FieldError[],
): Record<string, PropertyValue> {
  const props: Record<string, PropertyValue> = {};
  for (const field of fields) {
    const value = input[field];
    if (value === null || value === undefined) continue;
    const result = checkValue(propertyKind(scope, type, field), value as PropertyValue);
    if (result.ok) props[field] = result.value;
    else errors.push({ field: `input.${field}`, message: result.reason });
  }
  return props;
}

const MAX_TEXT = 500;

export function requireText(input: Record<string, unknown>, field: string, errors: FieldError[]): string {
  const value = input[field];
  if (typeof value !== 'string' || value.trim() === '') {
    errors.push(fieldError(`input.${field}`, 'value.blank'));
    return '';
  }
  if (value.length > MAX_TEXT) errors.push(fieldError(`input.${field}`, 'value.tooLong', { max: MAX_TEXT }));
  return value.trim();
}
