import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import type {CostSource} from '../../source/sources/source.js';
import {createDemoSource} from '../../source/sources/demo/index.js';

export const TODAY = '2026-11-25' as IsoDate;

/** An engine over the demo organization on TODAY, no cache; `override` swaps source methods (a fake "live" source). */
export function demoEngine(override: Partial<CostSource> = {}, today: IsoDate = TODAY): CostEngine {
	return new CostEngine({source: {...createDemoSource({today}), ...override}, today});
}
