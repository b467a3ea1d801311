// Small statistics helpers for the bench: medians of the figures that were measured.

/**
 * Median of the finite numbers in a list (nulls and undefined are skipped).
 * @param {Array<number | null | undefined>} values
 * @returns {number | null} null when nothing was measured
 */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * Lower and upper quartile of the measured numbers, to show the spread next to a median.
 * @param {Array<number | null | undefined>} values
 * @returns {[number, number] | null}
 */
export function quartiles(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q) => {
    const position = (sorted.length - 1) * q;
    const low = Math.floor(position);
    const high = Math.ceil(position);
    return sorted[low] + (sorted[high] - sorted[low]) * (position - low);
  };
  return [at(0.25), at(0.75)];
}

/** Rounds to one decimal, keeping null. */
export const round1 = (value) => (value === null || value === undefined ? null : Math.round(value * 10) / 10);
