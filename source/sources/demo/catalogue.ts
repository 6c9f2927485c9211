import {type IsoDate, addDays, dayNumber} from '../../dates.js';
import {earliestDailyDate} from '../../validate.js';
import {billingExtras} from './billing-extras.js';
import {type DraftLine, SeriesIds, accountLaunchDay} from './draft-line.js';
import {type DemoLeaf, normalizationFactor, usageFactors} from './leaf.js';
import {DEMO_ACCOUNTS, type DemoAccount} from './organization.js';
import {hashUnit} from './prng.js';
import {DailySeries, type SeriesSpec} from './series.js';
import {type DemoSpike, demoInjectedSpikes} from './spikes.js';
import {usageLinesOf} from './usage-lines.js';

/** The whole synthetic bill: its lines, their daily series and the spikes hidden in them. */
export interface DemoCatalogue {
	readonly today: IsoDate;
	/** First day with data: the first of the 13th month back, as Cost Explorer keeps. */
	readonly historyStart: IsoDate;
	readonly leaves: readonly DemoLeaf[];
	readonly series: DailySeries;
	readonly spikes: readonly DemoSpike[];
}

const ELASTICITY = {elastic: 1, requests: 0.6, steady: 0.05} as const;
const NOISE = {elastic: 0.08, requests: 0.1, steady: 0.015} as const;
const DAYS_PER_MONTH = 30.4;

function draftLines(account: DemoAccount, seed: number): DraftLine[] {
	const lines = usageLinesOf(account);
	const totalShare = lines.reduce((sum, line) => sum + line.share, 0);
	const dailyBudget = account.monthlyBudget / DAYS_PER_MONTH;
	return lines.map(line => {
		const untaggedTeam = hashUnit(line.identity, 2) < 0.14;
		const untaggedEnvironment = hashUnit(line.identity, 3) < 0.07;
		const zonal = line.region !== 'global' && (line.template.instanceType !== undefined || line.template.usageType.startsWith('EBS:Volume'));
		return {
			...line,
			base: ((dailyBudget * line.share) / totalShare) * (0.85 + 0.3 * hashUnit(seed, line.identity)),
			team: untaggedTeam ? '' : (account.teams[Math.floor(hashUnit(line.identity, 4) * account.teams.length)] ?? ''),
			environment: untaggedEnvironment ? '' : account.environment,
			az: zonal ? `${line.region}${'abc'[Math.floor(hashUnit(line.identity, 5) * 3)] ?? 'a'}` : '',
		};
	});
}

function launchDayOf(line: DraftLine, today: IsoDate, historyStart: IsoDate): number {
	const accountLaunch = accountLaunchDay(line.account, today);
	// A few lines were adopted during the history: cost starts partway through.
	const adoptedLater = hashUnit(line.identity, 6) < 0.06;
	const adoption = adoptedLater ? dayNumber(historyStart) + Math.floor(hashUnit(line.identity, 7) * 200) : Number.NEGATIVE_INFINITY;
	return Math.max(accountLaunch, adoption);
}

function usageLeaf(line: DraftLine, ids: SeriesIds, today: IsoDate, historyStart: IsoDate, extraByDay: ReadonlyMap<number, number>): DemoLeaf {
	const {shape} = line.template;
	const series: SeriesSpec = {
		kind: 'usage',
		id: ids.take(),
		base: line.base,
		yearlyGrowth: line.account.yearlyGrowth * (0.6 + 0.8 * hashUnit(line.identity, 8)),
		weekendFactor: 1 - (1 - line.account.weekendFactor) * ELASTICITY[shape],
		noise: NOISE[shape],
		launchDay: launchDayOf(line, today, historyStart),
		extraByDay,
	};
	return {
		account: line.account,
		service: line.service,
		template: line.template,
		usageType: line.usageType,
		region: line.region,
		az: line.az,
		recordType: 'Usage',
		purchaseType: line.purchaseType,
		operation: line.template.operation,
		team: line.team,
		environment: line.environment,
		series,
		cost: usageFactors(1),
		quantityPerUsd: 1 / line.template.unitPrice,
		normalizedPerUsd: normalizationFactor(line.template.instanceType) / line.template.unitPrice,
	};
}

function spikeExtras(spikes: readonly DemoSpike[], line: DraftLine): ReadonlyMap<number, number> {
	const extras = new Map<number, number>();
	for (const spike of spikes) {
		const matches =
			spike.account === line.account.id &&
			spike.service === line.service.name &&
			spike.usageType === line.usageType &&
			spike.region === line.region;
		if (!matches) continue;
		spike.days.forEach((day, index) => extras.set(dayNumber(day), spike.extraUsd[index] ?? 0));
	}
	return extras;
}

/** Builds the organization's bill for the history that ends on `today`. */
export function buildCatalogue(today: IsoDate, seed: number): DemoCatalogue {
	const historyStart = earliestDailyDate(today);
	const spikes = demoInjectedSpikes(today);
	const ids = new SeriesIds();
	const drafts = DEMO_ACCOUNTS.flatMap(account => draftLines(account, seed));
	for (const spike of spikes) {
		const found = drafts.some(line => spikeExtras([spike], line).size > 0);
		if (!found) throw new Error(`Demo spike ${spike.id} names a usage line the catalogue lacks.`);
	}
	const {committed, afterUsage} = billingExtras({drafts, ids, today, seed});
	const usage = drafts.map(line => usageLeaf(line, ids, today, historyStart, spikeExtras(spikes, line)));
	const leaves = [...usage, ...committed, ...afterUsage(usage)];
	return {
		today,
		historyStart,
		leaves,
		series: new DailySeries(seed, dayNumber(historyStart), dayNumber(today)),
		spikes,
	};
}

/** The last days whose figures are still estimates, as Cost Explorer flags them. */
export const ESTIMATED_DAYS = 3;

export function firstEstimatedDay(today: IsoDate): IsoDate {
	return addDays(today, 1 - ESTIMATED_DAYS);
}
