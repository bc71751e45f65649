import type { ApplyChange, StrategyCase } from './useStrategy';

/** What every tab of the strategy screen gets. */
export interface TabProps {
  data: StrategyCase;
  apply: ApplyChange;
}
