// Step counters for the linear-time property tests: the inner loops add to them, a test compares
// the counts for an input and for the same input doubled. Not timing: counts are deterministic.
export const counters = { trieSteps: 0, amountSteps: 0 };

export function resetCounters(): void {
  counters.trieSteps = 0;
  counters.amountSteps = 0;
}
