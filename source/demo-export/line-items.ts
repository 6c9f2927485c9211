import {type IsoDate, addDays, dayNumber, fromDayNumber, maxDate} from '../dates.js';
import type {DemoCatalogue} from '../sources/demo/catalogue.js';
import {dimensionValueOf, hasDimensionValue, tagValueOf} from '../sources/demo/dimensions.js';
import type {DemoLeaf} from '../sources/demo/leaf.js';
import {metricCells, roundCell} from '../sources/demo/metric-cells.js';
import {BUSINESS_UNIT} from '../sources/demo/organization.js';
import {hashString} from '../sources/demo/prng.js';
import {EC2_COMPUTE, EC2_OTHER} from '../sources/demo/services.js';
import {costCategoryValueOf} from '../sources/demo/dimensions.js';

/** What Cost Explorer's two EC2 services are called in a bill's product data. */
export const EC2_PRODUCT_NAME = 'Amazon Elastic Compute Cloud';

/** A demo line's attributes as a billing export spells them; "" where the export leaves a field empty. */
export interface ExportLine {
	readonly id: number;
	readonly accountId: string;
	readonly accountName: string;
	readonly productCode: string;
	readonly productName: string;
	readonly usageType: string;
	readonly operation: string;
	readonly availabilityZone: string;
	/** "" for global services: Cost Explorer calls that region "global". */
	readonly region: string;
	readonly instanceType: string;
	readonly lineItemType: string;
	readonly legalEntity: string;
	readonly unit: string;
	readonly resourceId: string;
	readonly tags: Readonly<Record<string, string>>;
	readonly costCategories: Readonly<Record<string, string>>;
}

/**
 * One line's figures on one day, each an integer count of its metric's
 * smallest step (10^-10 USD, 10^-4 usage units): the very cells the demo sums,
 * so an export's sums equal the demo's answers to the last digit.
 */
export interface DayCells {
	readonly day: number;
	readonly unblended: number;
	readonly blended: number;
	readonly amortized: number;
	readonly netUnblended: number;
	readonly netAmortized: number;
	readonly usage: number;
	readonly normalized: number;
}

const CELL_METRICS = {
	unblended: metricCells('UnblendedCost'),
	blended: metricCells('BlendedCost'),
	amortized: metricCells('AmortizedCost'),
	netUnblended: metricCells('NetUnblendedCost'),
	netAmortized: metricCells('NetAmortizedCost'),
	usage: metricCells('UsageQuantity'),
	normalized: metricCells('NormalizedUsageAmount'),
} as const;

type CellName = keyof typeof CELL_METRICS;
const CELL_NAMES = Object.keys(CELL_METRICS) as CellName[];

const RESOURCE_RECORD_TYPES = new Set(['Usage', 'DiscountedUsage', 'SavingsPlanCoveredUsage', 'SavingsPlanNegation']);

/** A stable made-up resource id: the same resource whichever record type bills it. */
function resourceIdOf(leaf: DemoLeaf): string {
	if (!RESOURCE_RECORD_TYPES.has(leaf.recordType)) return '';
	const hex = hashString(`${leaf.account.id}|${leaf.usageType}|${leaf.az}|${leaf.service.name}`).toString(16).padStart(8, '0');
	if (leaf.service.name === EC2_COMPUTE) return `i-0${hex}${hex.slice(0, 8)}`;
	if (leaf.service.name === EC2_OTHER && leaf.usageType.includes('EBS:Volume')) return `vol-0${hex}${hex.slice(0, 8)}`;
	const region = leaf.region === 'global' ? '' : leaf.region;
	return `arn:aws:${leaf.service.code.toLowerCase()}:${region}:${leaf.account.id}:resource/${hex}`;
}

function exportLineOf(leaf: DemoLeaf, id: number): ExportLine {
	const ec2 = leaf.service.name === EC2_COMPUTE || leaf.service.name === EC2_OTHER;
	const tags: Record<string, string> = {};
	for (const key of ['team', 'environment']) {
		const value = tagValueOf(leaf, key);
		if (value !== '') tags[key] = value;
	}
	const category = costCategoryValueOf(leaf, BUSINESS_UNIT);
	return {
		id,
		accountId: leaf.account.id,
		accountName: leaf.account.name,
		productCode: leaf.service.code,
		productName: ec2 ? EC2_PRODUCT_NAME : leaf.service.name,
		usageType: leaf.usageType,
		operation: hasDimensionValue(leaf, 'OPERATION') ? dimensionValueOf(leaf, 'OPERATION') : '',
		availabilityZone: leaf.az,
		region: leaf.region === 'global' ? '' : leaf.region,
		instanceType: hasDimensionValue(leaf, 'INSTANCE_TYPE') ? dimensionValueOf(leaf, 'INSTANCE_TYPE') : '',
		lineItemType: leaf.recordType,
		legalEntity: dimensionValueOf(leaf, 'LEGAL_ENTITY_NAME'),
		unit: leaf.template.unit,
		resourceId: resourceIdOf(leaf),
		tags,
		costCategories: category === '' ? {} : {[BUSINESS_UNIT]: category},
	};
}

/** The demo's lines as an export describes them, in catalogue order. */
export function exportLines(catalogue: DemoCatalogue): ExportLine[] {
	return catalogue.leaves.map((leaf, id) => exportLineOf(leaf, id));
}

/**
 * Every (line, day) with a figure from `firstDay` to the catalogue's today,
 * computed exactly as the demo source computes its cells. Lines whose every
 * figure is zero that day are left out, as a bill leaves them out.
 */
export function* lineItemCells(catalogue: DemoCatalogue, firstDay: IsoDate): Generator<{line: number; cells: DayCells}> {
	const from = dayNumber(maxDate(firstDay, catalogue.historyStart));
	const to = dayNumber(addDays(catalogue.today, 1));
	for (let line = 0; line < catalogue.leaves.length; line++) {
		const leaf = catalogue.leaves[line]!;
		const usd = catalogue.series.usdOf(leaf.series);
		// The demo multiplies a day's USD by (factor × cells per unit): the same two steps, in the same order.
		const factors = CELL_NAMES.map(name => CELL_METRICS[name].factorOf(leaf) * CELL_METRICS[name].cellsPerUnit);
		for (let day = from; day < to; day++) {
			const value = usd[day - catalogue.series.firstDay]!;
			if (value === 0) continue;
			const [unblended, blended, amortized, netUnblended, netAmortized, usage, normalized] = factors.map(factor => roundCell(value * factor)) as [
				number, number, number, number, number, number, number,
			];
			if (unblended === 0 && blended === 0 && amortized === 0 && netUnblended === 0 && netAmortized === 0 && usage === 0 && normalized === 0) continue;
			yield {line, cells: {day, unblended, blended, amortized, netUnblended, netAmortized, usage, normalized}};
		}
	}
}

export const dayOf = (day: number): IsoDate => fromDayNumber(day);
