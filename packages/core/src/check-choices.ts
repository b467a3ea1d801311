import { ConsentryError } from './errors.js';
import { NECESSARY, type CategoryId } from './types.js';
import { isPlainObject } from './validate-config.js';

/** The error for a category id the config does not have, naming the call and the ids it has. */
export const unknownCategory = (category: CategoryId, call: string, categories: readonly CategoryId[]): ConsentryError =>
  new ConsentryError('call/unknown-category', `"${category}" is not a configured category; use one of: ${categories.join(', ')}.`, call);

/** Checks the argument of `set()`: configured ids to booleans, `necessary` never refused. */
export function checkChoices(choices: unknown, categories: readonly CategoryId[]): void {
  const bad = (message: string) => new ConsentryError('call/bad-choices', message, 'set()');
  if (!isPlainObject(choices)) throw bad('pass an object of category ids to booleans, e.g. { analytics: true }.');
  for (const [category, value] of Object.entries(choices)) {
    if (!categories.includes(category)) throw unknownCategory(category, 'set()', categories);
    if (value === undefined) continue; // as if unlisted: refused
    if (typeof value !== 'boolean') throw bad(`the choice for "${category}" must be true or false.`);
    if (category === NECESSARY && !value) throw bad('the necessary category cannot be refused; leave it out.');
  }
}
