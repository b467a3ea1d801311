import { NECESSARY, type CategoryId, type ConsentState, type DecisionMethod } from './types.js';

const DAY = 864e5;

/** Every configured category: `necessary` true, anything missing or not `true` refused. */
export function fullChoices(categories: readonly CategoryId[], choices: Partial<Record<CategoryId, boolean>>): Record<CategoryId, boolean> {
  return Object.fromEntries(categories.map((id) => [id, id === NECESSARY || choices[id] === true]));
}

/** A frozen copy, so no listener can change the state another listener sees. */
export function freezeState(state: ConsentState): ConsentState {
  return Object.freeze({ ...state, choices: Object.freeze({ ...state.choices }) });
}

/** What a new decision is made of. */
export interface DecisionInput {
  id: string;
  revision: string;
  categories: readonly CategoryId[];
  choices: Partial<Record<CategoryId, boolean>>;
  method: DecisionMethod;
  /** Decision time, ms since the epoch. */
  now: number;
  expiresAfterDays: number;
}

/** A new, frozen decision that lasts `expiresAfterDays` from `now`. */
export function makeDecision(input: DecisionInput): ConsentState {
  return freezeState({
    id: input.id,
    revision: input.revision,
    decidedAt: new Date(input.now).toISOString(),
    expiresAt: new Date(input.now + input.expiresAfterDays * DAY).toISOString(),
    choices: fullChoices(input.categories, input.choices),
    method: input.method,
  });
}

/** Whether `category` is granted in `state` (no state: only `necessary`). */
export function grants(state: ConsentState | null, category: CategoryId): boolean {
  return category === NECESSARY || state?.choices[category] === true;
}
