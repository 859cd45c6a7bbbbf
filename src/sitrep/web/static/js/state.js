// The shared filter: the form edits it, every view listens to it.

const FILTER_KEYS = ["actor", "type", "country", "text", "since", "until", "bbox"];
const listeners = [];

export const filter = Object.fromEntries(FILTER_KEYS.map((key) => [key, ""]));

/** Change some filter values and tell every listener. */
export function setFilter(changes) {
  Object.assign(filter, changes);
  for (const listener of listeners) listener(filter);
}

/** Call `listener(filter)` on every change. */
export function onFilter(listener) {
  listeners.push(listener);
}

/** The filter without the date range: the timeline shows every date of what else is chosen. */
export function filterWithoutDates() {
  const { since, until, ...rest } = filter;
  return rest;
}
